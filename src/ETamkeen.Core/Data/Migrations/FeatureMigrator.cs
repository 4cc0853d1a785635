using System.Reflection;
using ETamkeen.Modules;
using FluentMigrator;
using FluentMigrator.Runner;
using FluentMigrator.Runner.Conventions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ETamkeen.Data.Migrations;

/// <summary>
/// Runs the FluentMigrator migrations of a tenant's enabled features that the tenant has not
/// run yet, in feature order then version order. Reading the ledger is all a started
/// tenant pays; the migration runner is built only when something is pending.
/// </summary>
public sealed class FeatureMigrator(ILogger<FeatureMigrator> logger)
{
    public async Task<IReadOnlyList<(string Feature, long Version)>> RunPendingAsync(
        IDbConnectionFactory db,
        IEnumerable<FeatureInfo> features,
        CancellationToken cancellationToken = default)
    {
        await MigrationLedger.EnsureAsync(db, cancellationToken);
        var done = await MigrationLedger.ReadAsync(db, cancellationToken);
        var pending = features
            .SelectMany(f => MigrationsOf(f).Select(m => (Feature: f.Id, m.Version, m.Type)))
            .Where(m => !done.Contains((m.Feature, m.Version)))
            .ToList();
        if (pending.Count == 0)
        {
            return [];
        }

        await using var runnerServices = BuildRunner(db);
        using var scope = runnerServices.CreateScope();
        var runner = scope.ServiceProvider.GetRequiredService<IMigrationRunner>();
        foreach (var (feature, version, type) in pending)
        {
            logger.LogInformation("Running migration {Feature} v{Version} ({Type})", feature, version, type.Name);
            runner.Up((IMigration)Activator.CreateInstance(type)!);
            await MigrationLedger.RecordAsync(db, feature, version, cancellationToken);
        }

        return [.. pending.Select(p => (p.Feature, p.Version))];
    }

    /// <summary>The migrations of a feature, by version. Their <c>[Migration]</c> numbers are per feature.</summary>
    public static IEnumerable<(long Version, Type Type)> MigrationsOf(FeatureInfo feature) =>
        feature.Types
            .Where(t => typeof(IMigration).IsAssignableFrom(t))
            .Select(t => (Version: t.GetCustomAttribute<MigrationAttribute>()?.Version
                ?? throw new ModuleCatalogException($"{t.FullName} has no [Migration(version)]."), Type: t))
            .OrderBy(m => m.Version);

    private static ServiceProvider BuildRunner(IDbConnectionFactory db)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddFluentMigratorCore()
            .ConfigureRunner(rb =>
            {
                switch (db)
                {
                    case PostgresConnectionFactory pg:
                        rb.AddPostgres().WithGlobalConnectionString(pg.SchemaConnectionString);
                        break;
                    case SqliteConnectionFactory sqlite:
                        rb.AddSQLite().WithGlobalConnectionString(sqlite.ConnectionString);
                        break;
                    default:
                        throw new NotSupportedException(db.GetType().Name);
                }
            });
        if (db is PostgresConnectionFactory postgres)
        {
            // Without it the Postgres generator writes "public"."Table".
            services.AddSingleton<IConventionSet>(new DefaultConventionSet(postgres.Schema, workingDirectory: null));
        }

        return services.BuildServiceProvider();
    }
}
