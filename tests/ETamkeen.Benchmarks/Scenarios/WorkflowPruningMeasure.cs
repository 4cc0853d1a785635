using System.Diagnostics;
using System.Globalization;
using Dapper;
using ETamkeen.Data;
using ETamkeen.Workflows.Services;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Benchmarks.Scenarios;

/// <summary>
/// <c>workflow-throughput ... --prune N</c>: N finished instances (each with the state of a real
/// finished run) made old enough to prune, then one pass of the age-based pruning timed, with the
/// instance table's rows and size before and after. The rows are dated a day short of the
/// retention and pruned with a cutoff a day later, so that the host's own pruning task, which
/// runs meanwhile, leaves them to the measured pass.
/// </summary>
internal static class WorkflowPruningMeasure
{
    public static async Task RunAsync(ScenarioHost host, string tenant, int count)
    {
        var shell = await host.Shells.AcquireAsync(tenant);
        try
        {
            await using var scope = shell.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IDbConnectionFactory>();
            var retention = new WorkflowOptions().RetainFinishedFor;
            var now = DateTime.UtcNow;
            var modified = DateTime.SpecifyKind(now - retention + TimeSpan.FromDays(1), DateTimeKind.Unspecified);

            var seeding = Stopwatch.StartNew();
            await using (var connection = await db.OpenAsync())
            {
                var state = await connection.ExecuteScalarAsync<string>("SELECT \"State\" FROM \"WorkflowInstance\" WHERE \"Status\" = 'Finished'" + db.Dialect.Page(0, 1));
                for (var batch = 0; batch < count; batch += 5_000)
                {
                    await using var transaction = await connection.BeginTransactionAsync();
                    var rows = Enumerable.Range(batch, Math.Min(5_000, count - batch)).Select(i => new
                    {
                        WorkflowId = "old" + i.ToString("D20", CultureInfo.InvariantCulture),
                        WorkflowTypeId = "benchkept00000000000000001",
                        State = state,
                        Modified = modified,
                    });
                    await connection.ExecuteAsync(
                        "INSERT INTO \"WorkflowInstance\" (\"WorkflowId\", \"WorkflowTypeId\", \"TypeVersion\", \"Status\", \"CorrelationId\", \"State\", \"CreatedUtc\", \"ModifiedUtc\", \"RowVersion\") VALUES (@WorkflowId, @WorkflowTypeId, 1, 'Finished', '', @State, @Modified, @Modified, 3)",
                        rows, transaction);
                    await transaction.CommitAsync();
                }
            }

            seeding.Stop();
            var (rowsBefore, sizeBefore) = await SizeAsync(db);
            var store = scope.ServiceProvider.GetRequiredService<WorkflowInstanceStore>();
            var pass = Stopwatch.StartNew();
            var pruned = await store.PruneAsync(now - retention + TimeSpan.FromDays(2));
            pass.Stop();
            var (rowsAfter, sizeAfter) = await SizeAsync(db);
            Console.WriteLine(Invariant($"  pruning: {count} finished instances past the retention seeded in {seeding.Elapsed.TotalSeconds:0.0} s; one pass deleted {pruned} in {pass.Elapsed.TotalMilliseconds:0} ms; WorkflowInstance {rowsBefore} rows, {sizeBefore} → {rowsAfter} rows, {sizeAfter}"));
        }
        finally
        {
            await shell.ReleaseLeaseAsync();
        }
    }

    // PostgreSQL: the table with its indexes and TOAST. SQLite: the table's and its indexes' pages
    // in use (dbstat), the file keeping freed pages for reuse until a VACUUM.
    private static async Task<(long Rows, string Size)> SizeAsync(IDbConnectionFactory db)
    {
        await using var connection = await db.OpenAsync();
        var rows = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM \"WorkflowInstance\"");
        if (db.Dialect.Name == "Postgres")
        {
            var bytes = await connection.ExecuteScalarAsync<long>("SELECT pg_total_relation_size(to_regclass('\"WorkflowInstance\"'))");
            return (rows, Invariant($"{bytes / 1048576.0:0.0} MB with indexes"));
        }

        var pageSize = await connection.ExecuteScalarAsync<long>("PRAGMA page_size");
        var pages = await connection.ExecuteScalarAsync<long>("PRAGMA page_count");
        var free = await connection.ExecuteScalarAsync<long>("PRAGMA freelist_count");
        long? used = null;
        try
        {
            used = await connection.ExecuteScalarAsync<long>("SELECT SUM(\"pgsize\") FROM \"dbstat\" WHERE \"name\" = 'WorkflowInstance' OR \"name\" LIKE 'IX_WorkflowInstance%'");
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // dbstat is not compiled in: the file's figures only.
        }

        return (rows, Invariant($"{(used is { } u ? $"{u / 1048576.0:0.0} MB with indexes, " : "")}file {pages * pageSize / 1048576.0:0.0} MB ({free * pageSize / 1048576.0:0.0} MB free pages)"));
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
