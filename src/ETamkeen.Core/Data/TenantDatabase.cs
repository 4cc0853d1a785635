using ETamkeen.Shells;

namespace ETamkeen.Data;

/// <summary>Makes, checks and removes a tenant's database from its settings.</summary>
public static class TenantDatabase
{
    public static IDbConnectionFactory For(ShellSettings settings, AppDataPaths paths) =>
        DatabaseProviders.Normalize(settings.DatabaseProvider) == DatabaseProviders.Postgres
            ? new PostgresConnectionFactory(settings.ConnectionString, settings.Schema)
            : new SqliteConnectionFactory(paths.Site(settings.Name));

    /// <summary>Creates the empty database (SQLite file in WAL mode, or the Postgres schema).</summary>
    public static async Task CreateAsync(IDbConnectionFactory factory, CancellationToken cancellationToken)
    {
        switch (factory)
        {
            case SqliteConnectionFactory sqlite:
                await sqlite.InitializeAsync(cancellationToken);
                break;
            case PostgresConnectionFactory postgres:
                await postgres.CreateSchemaAsync(cancellationToken);
                break;
        }
    }

    /// <summary>Removes the tenant's data: its Postgres schema, and its site folder in every case.</summary>
    public static async Task DropAsync(ShellSettings settings, AppDataPaths paths, CancellationToken cancellationToken)
    {
        var factory = For(settings, paths);
        switch (factory)
        {
            case SqliteConnectionFactory sqlite:
                sqlite.ReleaseFile();
                break;
            case PostgresConnectionFactory postgres:
                await postgres.DropSchemaAsync(cancellationToken);
                break;
        }

        var folder = paths.Site(settings.Name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
