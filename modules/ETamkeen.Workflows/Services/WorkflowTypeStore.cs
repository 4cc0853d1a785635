using Dapper;
using ETamkeen.Data;
using ETamkeen.Workflows.Migrations;
using ETamkeen.Workflows.Models;

namespace ETamkeen.Workflows.Services;

/// <summary>
/// The tenant's workflow types: a row each (name, enabled, latest version) and every version's
/// definition. Saving a changed definition adds a version; an unchanged one only updates the row.
/// </summary>
public sealed class WorkflowTypeStore(IDbConnectionFactory db, TimeProvider clock)
{
    private const string Types = "\"" + WorkflowMigrations.TypeTable + "\"";
    private const string Versions = "\"" + WorkflowMigrations.VersionTable + "\"";
    private const string Select =
        $"SELECT t.\"IsEnabled\", t.\"ModifiedUtc\", v.\"Version\", v.\"Definition\" FROM {Types} t JOIN {Versions} v ON v.\"WorkflowTypeId\" = t.\"WorkflowTypeId\" AND v.\"Version\" = t.\"LatestVersion\"";

    public async Task<IReadOnlyList<WorkflowType>> ListAsync(bool enabledOnly = false, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            Select + (enabledOnly ? " WHERE t.\"IsEnabled\" = @enabled" : "") + " ORDER BY t.\"Name\"", new { enabled = true }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToType())];
    }

    public async Task<WorkflowType?> GetAsync(string workflowTypeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            Select + " WHERE t.\"WorkflowTypeId\" = @workflowTypeId", new { workflowTypeId }, cancellationToken: cancellationToken));
        return row?.ToType();
    }

    /// <summary>The definition an instance started with (its enabled flag is the type's current one).</summary>
    public async Task<WorkflowType?> GetVersionAsync(string workflowTypeId, int version, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT t.\"IsEnabled\", t.\"ModifiedUtc\", v.\"Version\", v.\"Definition\" FROM {Versions} v JOIN {Types} t ON t.\"WorkflowTypeId\" = v.\"WorkflowTypeId\" WHERE v.\"WorkflowTypeId\" = @workflowTypeId AND v.\"Version\" = @version",
            new { workflowTypeId, version }, cancellationToken: cancellationToken));
        return row?.ToType();
    }

    /// <summary>Stores the type; returns its version (a new one when the definition changed).</summary>
    public async Task<int> SaveAsync(WorkflowType type, CancellationToken cancellationToken = default)
    {
        var now = SqlDates.ToColumn(clock.GetUtcNow().UtcDateTime);
        // Switching a type on or off is not a new version of it.
        var json = WorkflowTypeSerializer.Write(type);
        json.Remove("IsEnabled");
        var definition = json.ToJsonString();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            Select + " WHERE t.\"WorkflowTypeId\" = @id", new { id = type.WorkflowTypeId }, transaction, cancellationToken: cancellationToken));
        var version = current?.Version ?? 0;
        var changed = current is null || current.Definition != definition;
        if (changed)
        {
            version++;
            await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO {Versions} (\"WorkflowTypeId\", \"Version\", \"Definition\", \"CreatedUtc\") VALUES (@id, @version, @definition, @now)",
                new { id = type.WorkflowTypeId, version, definition, now }, transaction, cancellationToken: cancellationToken));
        }

        var parameters = new { id = type.WorkflowTypeId, name = type.Name, enabled = type.IsEnabled, version, now };
        await connection.ExecuteAsync(new CommandDefinition(
            current is null
                ? $"INSERT INTO {Types} (\"WorkflowTypeId\", \"Name\", \"IsEnabled\", \"LatestVersion\", \"ModifiedUtc\") VALUES (@id, @name, @enabled, @version, @now)"
                : $"UPDATE {Types} SET \"Name\" = @name, \"IsEnabled\" = @enabled, \"LatestVersion\" = @version, \"ModifiedUtc\" = @now WHERE \"WorkflowTypeId\" = @id",
            parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    public async Task<bool> SetEnabledAsync(string workflowTypeId, bool enabled, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {Types} SET \"IsEnabled\" = @enabled WHERE \"WorkflowTypeId\" = @workflowTypeId", new { workflowTypeId, enabled }, cancellationToken: cancellationToken)) > 0;
    }

    private sealed class Row
    {
        public bool IsEnabled { get; set; }
        public DateTime ModifiedUtc { get; set; }
        public int Version { get; set; }
        public string Definition { get; set; } = "";

        public WorkflowType ToType()
        {
            var type = WorkflowTypeSerializer.Read(Definition);
            type.IsEnabled = IsEnabled;
            type.Version = Version;
            type.ModifiedUtc = SqlDates.FromColumn(ModifiedUtc);
            return type;
        }
    }
}
