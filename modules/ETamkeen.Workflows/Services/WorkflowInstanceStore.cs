using System.Data.Common;
using Dapper;
using ETamkeen.Data;
using ETamkeen.Workflows.Migrations;
using ETamkeen.Workflows.Models;

namespace ETamkeen.Workflows.Services;

/// <summary>
/// Instances and their waits. Concurrency is optimistic on the instance row: a resume first
/// claims the row with <c>UPDATE ... WHERE RowVersion = @seen AND Status = 'Halted'</c>, which
/// one caller wins on SQLite and PostgreSQL alike; the losers see 0 rows and leave it alone.
/// </summary>
public sealed partial class WorkflowInstanceStore(IDbConnectionFactory db)
{
    private const string Instances = "\"" + WorkflowMigrations.InstanceTable + "\"";
    private const string Blocking = "\"" + WorkflowMigrations.BlockingTable + "\"";
    private const string InstanceColumns = "\"WorkflowId\", \"WorkflowTypeId\", \"TypeVersion\", \"Status\", \"CorrelationId\", \"State\", \"FaultMessage\", \"CreatedUtc\", \"ModifiedUtc\", \"RowVersion\"";
    private const string BlockingColumns = "\"Id\", \"WorkflowId\", \"WorkflowTypeId\", \"ActivityId\", \"ActivityName\", \"CorrelationId\", \"DueUtc\", \"Roles\", \"Users\", \"CreatedUtc\"";

    /// <summary>
    /// Inserts a new instance, marked as running <paramref name="runActivityId"/>. With a
    /// <paramref name="startLock"/>, in one transaction with the lock's row: false, and nothing
    /// stored, when a running instance holds that lock (a singleton's, or an exclusive start's).
    /// </summary>
    public async Task<bool> InsertAsync(WorkflowInstance instance, string runActivityId, StartLock? startLock = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        if (startLock is null)
        {
            // One statement: no transaction's round trips on the path every start takes.
            await connection.ExecuteAsync(new CommandDefinition(InsertInstance, Running(instance, runActivityId), cancellationToken: cancellationToken));
            return true;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await TakeStartLockAsync(connection, transaction, instance, startLock, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(InsertInstance, Running(instance, runActivityId), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<WorkflowInstance?> GetAsync(string workflowId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<WorkflowInstanceRow>(new CommandDefinition(
            $"SELECT {InstanceColumns} FROM {Instances} WHERE \"WorkflowId\" = @workflowId", new { workflowId }, cancellationToken: cancellationToken));
        return row?.ToInstance();
    }

    public async Task<IReadOnlyList<WorkflowInstance>> ListAsync(string workflowTypeId, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<WorkflowInstanceRow>(new CommandDefinition(
            $"SELECT {InstanceColumns} FROM {Instances} WHERE \"WorkflowTypeId\" = @workflowTypeId ORDER BY \"CreatedUtc\" DESC{db.Dialect.Page(0, take)}",
            new { workflowTypeId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToInstance())];
    }

    /// <summary>
    /// Takes the instance for this run: from <paramref name="from"/> to Executing, if nobody
    /// changed it since <paramref name="rowVersion"/>. False when another caller got there first.
    /// </summary>
    /// <remarks>
    /// The row remembers what the run does (<paramref name="runActivityId"/>, and the wait it
    /// consumes): if its process dies, the timeout task faults the instance there, to be restarted.
    /// </remarks>
    public async Task<bool> ClaimAsync(WorkflowInstance instance, WorkflowStatus from, DateTime nowUtc, string? runActivityId = null, long? runBlockingId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {Instances} SET \"Status\" = 'Executing', \"RowVersion\" = \"RowVersion\" + 1, \"ModifiedUtc\" = @now, \"RunActivityId\" = @runActivityId, \"RunBlockingId\" = @runBlockingId WHERE \"WorkflowId\" = @id AND \"RowVersion\" = @rowVersion AND \"Status\" = @from",
            new { id = instance.WorkflowId, rowVersion = instance.RowVersion, from = from.ToString(), now = DbDates.ToColumn(nowUtc), runActivityId, runBlockingId },
            cancellationToken: cancellationToken)) == 1;
        if (claimed)
        {
            instance.RowVersion++;
            instance.Status = WorkflowStatus.Executing;
        }

        return claimed;
    }

    /// <summary>Writes the run's result and replaces the instance's waits, in one transaction; refused if the row moved under it.</summary>
    public async Task<bool> SaveAsync(WorkflowInstance instance, IReadOnlyList<BlockingActivity> blocking, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = WorkflowInstanceRow.From(instance);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {Instances} SET \"Status\" = @Status, \"State\" = @State, \"FaultMessage\" = @FaultMessage, \"ModifiedUtc\" = @ModifiedUtc, \"RowVersion\" = \"RowVersion\" + 1 WHERE \"WorkflowId\" = @WorkflowId AND \"RowVersion\" = @RowVersion",
            row, transaction, cancellationToken: cancellationToken));
        if (updated != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        instance.RowVersion++;
        await ReplaceBlockingAsync(connection, transaction, instance.WorkflowId, blocking, cancellationToken);
        if (instance.Status is not (WorkflowStatus.Executing or WorkflowStatus.Halted))
        {
            await ReleaseStartLocksAsync(connection, transaction, instance.WorkflowId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task DeleteAsync(string workflowId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {Blocking} WHERE \"WorkflowId\" = @workflowId", new { workflowId }, transaction, cancellationToken: cancellationToken));
        await ReleaseStartLocksAsync(connection, transaction, workflowId, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {Instances} WHERE \"WorkflowId\" = @workflowId", new { workflowId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Deletes finished and aborted instances last changed before the cutoff; the (Status, ModifiedUtc) index makes it cheap.</summary>
    public async Task<int> PruneAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM {Instances} WHERE \"Status\" IN ('Finished', 'Aborted') AND \"ModifiedUtc\" < @cutoff",
            new { cutoff = DbDates.ToColumn(cutoffUtc) }, cancellationToken: cancellationToken));
    }

    /// <summary>The waits an event may resume: by activity name, and correlation id when one is given.</summary>
    public async Task<IReadOnlyList<BlockingActivity>> BlockingByNameAsync(string activityName, string? correlationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<BlockingActivity>(new CommandDefinition(
            $"SELECT {BlockingColumns} FROM {Blocking} WHERE \"ActivityName\" = @activityName" + (string.IsNullOrEmpty(correlationId) ? "" : " AND \"CorrelationId\" = @correlationId") + " ORDER BY \"Id\"",
            new { activityName, correlationId }, cancellationToken: cancellationToken));
        return Utc(rows);
    }

    public async Task<IReadOnlyList<BlockingActivity>> BlockingOfAsync(string workflowId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<BlockingActivity>(new CommandDefinition(
            $"SELECT {BlockingColumns} FROM {Blocking} WHERE \"WorkflowId\" = @workflowId ORDER BY \"Id\"", new { workflowId }, cancellationToken: cancellationToken));
        return Utc(rows);
    }

    /// <summary>Timers and delays that are due.</summary>
    public async Task<IReadOnlyList<BlockingActivity>> DueAsync(DateTime nowUtc, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<BlockingActivity>(new CommandDefinition(
            $"SELECT {BlockingColumns} FROM {Blocking} WHERE \"DueUtc\" IS NOT NULL AND \"DueUtc\" <= @now ORDER BY \"DueUtc\"{db.Dialect.Page(0, take)}",
            new { now = DbDates.ToColumn(nowUtc) }, cancellationToken: cancellationToken));
        return Utc(rows);
    }

    /// <summary>User tasks waiting for any of these roles or for this user by name (administrators see every task).</summary>
    public async Task<IReadOnlyList<BlockingActivity>> UserTasksAsync(IReadOnlyCollection<string> roles, string? userName, bool all, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<BlockingActivity>(new CommandDefinition(
            $"SELECT {BlockingColumns} FROM {Blocking} WHERE \"ActivityName\" = 'UserTaskEvent' ORDER BY \"CreatedUtc\"", cancellationToken: cancellationToken));
        return Utc(rows.Where(r => r.IsFor(roles, userName, all)));
    }

    private static async Task ReplaceBlockingAsync(DbConnection connection, DbTransaction transaction, string workflowId, IReadOnlyList<BlockingActivity> blocking, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {Blocking} WHERE \"WorkflowId\" = @workflowId", new { workflowId }, transaction, cancellationToken: cancellationToken));
        foreach (var b in blocking)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO {Blocking} (\"WorkflowId\", \"WorkflowTypeId\", \"ActivityId\", \"ActivityName\", \"CorrelationId\", \"DueUtc\", \"Roles\", \"Users\", \"CreatedUtc\") VALUES (@WorkflowId, @WorkflowTypeId, @ActivityId, @ActivityName, @CorrelationId, @DueUtc, @Roles, @Users, @CreatedUtc)",
                new { b.WorkflowId, b.WorkflowTypeId, b.ActivityId, b.ActivityName, CorrelationId = b.CorrelationId ?? "", DueUtc = DbDates.ToColumn(b.DueUtc), b.Roles, Users = b.Users ?? "", CreatedUtc = DbDates.ToColumn(b.CreatedUtc) },
                transaction, cancellationToken: cancellationToken));
        }
    }

    private static List<BlockingActivity> Utc(IEnumerable<BlockingActivity> rows) =>
        [.. rows.Select(r =>
        {
            r.DueUtc = r.DueUtc is { } due ? DbDates.FromColumn(due) : null;
            r.CreatedUtc = DbDates.FromColumn(r.CreatedUtc);
            return r;
        })];
}
