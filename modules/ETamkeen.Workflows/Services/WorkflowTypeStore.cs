using Dapper;
using ETamkeen.Data;
using ETamkeen.Workflows.Migrations;
using ETamkeen.Workflows.Models;

namespace ETamkeen.Workflows.Services;

/// <summary>
/// The tenant's workflow types: a row each (name, enabled, latest version) and every version's
/// definition. Saving a changed definition adds a version; an unchanged one only updates the row.
/// Every write also raises the tenant's type revision, which <see cref="EnabledAsync"/> compares
/// with its cached copy: a change made on any node sharing the database is seen by the next event.
/// </summary>
public sealed class WorkflowTypeStore(IDbConnectionFactory db, TimeProvider clock, WorkflowTypeCache cache)
{
    private const string Types = "\"" + WorkflowMigrations.TypeTable + "\"";
    private const string Versions = "\"" + WorkflowMigrations.VersionTable + "\"";
    private const string Revision = "\"" + WorkflowReliabilityMigration.RevisionTable + "\"";
    private const string Bump = $"UPDATE {Revision} SET \"Revision\" = \"Revision\" + 1 WHERE \"Id\" = 1";
    private const string Select =
        $"SELECT t.\"IsEnabled\", t.\"ModifiedUtc\", v.\"Version\", v.\"Definition\" FROM {Types} t JOIN {Versions} v ON v.\"WorkflowTypeId\" = t.\"WorkflowTypeId\" AND v.\"Version\" = t.\"LatestVersion\"";

    public async Task<IReadOnlyList<WorkflowType>> ListAsync(bool enabledOnly = false, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            Select + (enabledOnly ? " WHERE t.\"IsEnabled\" = @enabled" : "") + " ORDER BY t.\"Name\"", new { enabled = true }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToType())];
    }

    /// <summary>
    /// The enabled types, as every event needs them: from this shell's copy while the revision in
    /// the database is the one it was read at (one tiny query instead of reading every definition).
    /// The copy is shared by concurrent runs, which only read it.
    /// </summary>
    public async Task<IReadOnlyList<WorkflowType>> EnabledAsync(CancellationToken cancellationToken = default)
    {
        long revision;
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            revision = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT \"Revision\" FROM {Revision} WHERE \"Id\" = 1", cancellationToken: cancellationToken));
        }

        if (cache.Get(revision) is { } cached)
        {
            return cached;
        }

        // Read after the revision: a change in between is cached under the older revision, so read again next time.
        var enabled = await ListAsync(enabledOnly: true, cancellationToken);
        return cache.Set(revision, enabled);
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
    public async Task<int> SaveAsync(WorkflowType type, CancellationToken cancellationToken = default) =>
        (await SaveAsync(type, expectedVersion: null, cancellationToken))!.Value;

    /// <summary>
    /// Stores the type if its latest version is still <paramref name="expectedVersion"/> (the one
    /// an editor loaded; null: whatever it is). Null, and nothing stored, when someone saved a newer one.
    /// </summary>
    public async Task<int?> SaveAsync(WorkflowType type, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        var now = DbDates.ToColumn(clock.GetUtcNow().UtcDateTime);
        // Switching a type on or off is not a new version of it.
        var json = WorkflowTypeSerializer.Write(type);
        json.Remove("IsEnabled");
        var definition = json.ToJsonString();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            Select + " WHERE t.\"WorkflowTypeId\" = @id", new { id = type.WorkflowTypeId }, transaction, cancellationToken: cancellationToken));
        var seen = current?.Version ?? 0;
        if (expectedVersion is { } expected && expected != seen)
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        var version = current is null || current.Definition != definition ? seen + 1 : seen;
        var parameters = new { id = type.WorkflowTypeId, name = type.Name, enabled = type.IsEnabled, version, seen, now, definition };
        // The row is written first and only from the version read: a concurrent save (PostgreSQL
        // lets both read) waits for this one, then finds another version and is refused.
        var written = await connection.ExecuteAsync(new CommandDefinition(
            current is null
                ? $"INSERT INTO {Types} (\"WorkflowTypeId\", \"Name\", \"IsEnabled\", \"LatestVersion\", \"ModifiedUtc\") VALUES (@id, @name, @enabled, @version, @now)"
                : $"UPDATE {Types} SET \"Name\" = @name, \"IsEnabled\" = @enabled, \"LatestVersion\" = @version, \"ModifiedUtc\" = @now WHERE \"WorkflowTypeId\" = @id" + (expectedVersion is null ? "" : " AND \"LatestVersion\" = @seen"),
            parameters, transaction, cancellationToken: cancellationToken));
        if (written != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        if (version != seen)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO {Versions} (\"WorkflowTypeId\", \"Version\", \"Definition\", \"CreatedUtc\") VALUES (@id, @version, @definition, @now)",
                parameters, transaction, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(Bump, transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        cache.Clear();
        return version;
    }

    public async Task<bool> SetEnabledAsync(string workflowTypeId, bool enabled, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {Types} SET \"IsEnabled\" = @enabled WHERE \"WorkflowTypeId\" = @workflowTypeId", new { workflowTypeId, enabled }, transaction, cancellationToken: cancellationToken)) > 0;
        await connection.ExecuteAsync(new CommandDefinition(Bump, transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        cache.Clear();
        return changed;
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
            type.ModifiedUtc = DbDates.FromColumn(ModifiedUtc);
            return type;
        }
    }
}
