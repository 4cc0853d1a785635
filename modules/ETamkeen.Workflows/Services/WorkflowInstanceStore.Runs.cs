using ETamkeen.Data;
using System.Data.Common;
using Dapper;
using ETamkeen.Workflows.Migrations;
using ETamkeen.Workflows.Models;

namespace ETamkeen.Workflows.Services;

/// <summary>Start locks (one running singleton, one exclusive start per correlation id) and runs whose process died.</summary>
public sealed partial class WorkflowInstanceStore
{
    private const string StartLocks = "\"" + WorkflowReliabilityMigration.StartLockTable + "\"";
    private const string Active = "\"Status\" IN ('Executing', 'Halted')";
    private const string InsertInstance =
        $"INSERT INTO {Instances} ({InstanceColumns}, \"RunActivityId\") VALUES (@WorkflowId, @WorkflowTypeId, @TypeVersion, @Status, @CorrelationId, @State, @FaultMessage, @CreatedUtc, @ModifiedUtc, @RowVersion, @RunActivityId)";

    /// <summary>Instances still marked Executing whose run was claimed before the cutoff: their process is taken as dead.</summary>
    public async Task<IReadOnlyList<StuckRun>> StuckAsync(DateTime claimedBeforeUtc, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<(string WorkflowId, string? RunActivityId, long? RunBlockingId)>(new CommandDefinition(
            $"SELECT \"WorkflowId\", \"RunActivityId\", \"RunBlockingId\" FROM {Instances} WHERE \"Status\" = 'Executing' AND \"ModifiedUtc\" < @cutoff ORDER BY \"ModifiedUtc\"{db.Dialect.Page(0, take)}",
            new { cutoff = DbDates.ToColumn(claimedBeforeUtc) }, cancellationToken: cancellationToken));
        var stuck = new List<StuckRun>();
        foreach (var (workflowId, activityId, blockingId) in ids)
        {
            if (await GetAsync(workflowId, cancellationToken) is { Status: WorkflowStatus.Executing } instance)
            {
                stuck.Add(new StuckRun(instance, activityId, blockingId));
            }
        }

        return stuck;
    }

    /// <summary>
    /// Faults a stuck run as the caller has written it (status, reason, state), if the row is
    /// still as read: of two nodes doing it, one does. The wait the run was consuming goes (a
    /// restart runs it again) and so do the instance's start locks.
    /// </summary>
    public async Task<bool> FaultStuckAsync(StuckRun run, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = WorkflowInstanceRow.From(run.Instance);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {Instances} SET \"Status\" = @Status, \"State\" = @State, \"FaultMessage\" = @FaultMessage, \"ModifiedUtc\" = @ModifiedUtc, \"RowVersion\" = \"RowVersion\" + 1 WHERE \"WorkflowId\" = @WorkflowId AND \"RowVersion\" = @RowVersion AND \"Status\" = 'Executing'",
            row, transaction, cancellationToken: cancellationToken));
        if (updated != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        if (run.BlockingId is { } blockingId)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM {Blocking} WHERE \"Id\" = @blockingId AND \"WorkflowId\" = @workflowId", new { blockingId, workflowId = row.WorkflowId }, transaction, cancellationToken: cancellationToken));
        }

        await ReleaseStartLocksAsync(connection, transaction, row.WorkflowId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        run.Instance.RowVersion++;
        return true;
    }

    /// <summary>Locks whose instance no longer runs (a save that lost its race, a row deleted by hand): a start lock must never outlive its instance.</summary>
    public async Task<int> ReleaseOrphanStartLocksAsync(CancellationToken cancellationToken = default)
    {
        const string Orphan = $"NOT EXISTS (SELECT 1 FROM {Instances} i WHERE i.\"WorkflowId\" = {StartLocks}.\"WorkflowId\" AND i.{Active})";
        await using var connection = await db.OpenAsync(cancellationToken);
        // Read first: a DELETE takes SQLite's write lock even when it finds nothing, and this runs every few seconds.
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM {StartLocks} WHERE {Orphan}", cancellationToken: cancellationToken)) == 0)
        {
            return 0;
        }

        return await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {StartLocks} WHERE {Orphan}", cancellationToken: cancellationToken));
    }

    // The insert is the test: of two transactions inserting one key, the second gets nothing (on
    // PostgreSQL it waits for the first to end; on SQLite the write lock orders them). Running
    // instances without a lock row (from before locks existed) are counted in the same transaction.
    private async Task<bool> TakeStartLockAsync(DbConnection connection, DbTransaction transaction, WorkflowInstance instance, StartLock startLock, CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO {StartLocks} (\"WorkflowTypeId\", \"LockKey\", \"WorkflowId\", \"CreatedUtc\") VALUES (@type, @key, @id, @now) ON CONFLICT DO NOTHING",
            new { type = instance.WorkflowTypeId, key = startLock.Key, id = instance.WorkflowId, now = DbDates.ToColumn(instance.CreatedUtc) },
            transaction, cancellationToken: cancellationToken));
        if (inserted != 1)
        {
            return false;
        }

        var running = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM {Instances} WHERE \"WorkflowTypeId\" = @type AND {Active}" + (startLock.CorrelationId is null ? "" : " AND \"CorrelationId\" = @correlationId"),
            new { type = instance.WorkflowTypeId, correlationId = startLock.CorrelationId }, transaction, cancellationToken: cancellationToken));
        return running == 0;
    }

    private static Task ReleaseStartLocksAsync(DbConnection connection, DbTransaction transaction, string workflowId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {StartLocks} WHERE \"WorkflowId\" = @workflowId", new { workflowId }, transaction, cancellationToken: cancellationToken));

    private static DynamicParameters Running(WorkflowInstance instance, string runActivityId)
    {
        var parameters = new DynamicParameters(WorkflowInstanceRow.From(instance));
        parameters.Add("RunActivityId", runActivityId);
        return parameters;
    }
}
