using Dapper;
using ETamkeen.Data;
using ETamkeen.Workflows.Migrations;

namespace ETamkeen.Workflows.Services;

/// <summary>When each start timer fires next, per type and activity.</summary>
public sealed class WorkflowStartTimerStore(IDbConnectionFactory db)
{
    private const string Table = "\"" + WorkflowMigrations.StartTimerTable + "\"";

    public async Task<DateTime?> GetAsync(string workflowTypeId, string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var due = await connection.QueryFirstOrDefaultAsync<DateTime?>(new CommandDefinition(
            $"SELECT \"DueUtc\" FROM {Table} WHERE \"WorkflowTypeId\" = @workflowTypeId AND \"ActivityId\" = @activityId",
            new { workflowTypeId, activityId }, cancellationToken: cancellationToken));
        return due is { } d ? DbDates.FromColumn(d) : null;
    }

    public async Task<DateTime> CreateAsync(string workflowTypeId, string activityId, DateTime dueUtc, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO {Table} (\"WorkflowTypeId\", \"ActivityId\", \"DueUtc\") VALUES (@workflowTypeId, @activityId, @due)",
            new { workflowTypeId, activityId, due = DbDates.ToColumn(dueUtc) }, cancellationToken: cancellationToken));
        return dueUtc;
    }

    public async Task<bool> AdvanceAsync(string workflowTypeId, string activityId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {Table} SET \"DueUtc\" = @to WHERE \"WorkflowTypeId\" = @workflowTypeId AND \"ActivityId\" = @activityId AND \"DueUtc\" = @from",
            new { workflowTypeId, activityId, from = DbDates.ToColumn(fromUtc), to = DbDates.ToColumn(toUtc) }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>A type saved again counts its timers afresh from then.</summary>
    public async Task ResetAsync(string workflowTypeId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM {Table} WHERE \"WorkflowTypeId\" = @workflowTypeId", new { workflowTypeId }, cancellationToken: cancellationToken));
    }
}
