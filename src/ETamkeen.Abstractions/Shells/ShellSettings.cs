using System.Text.Json.Serialization;

namespace ETamkeen.Shells;

/// <summary>
/// What the host knows of a tenant before building it: where its requests come from and
/// where its data lives. Lives in <c>App_Data/tenants.json</c> (routing) and
/// <c>App_Data/Sites/{name}/appsettings.json</c> (database).
/// </summary>
public sealed class ShellSettings
{
    public const string DefaultName = "Default";

    public required string Name { get; init; }
    public TenantState State { get; set; } = TenantState.Uninitialized;

    /// <summary>First path segment that selects the tenant, without slashes; empty for none.</summary>
    public string RequestUrlPrefix { get; set; } = "";

    /// <summary>Host names that select the tenant (with an optional port); empty for any.</summary>
    public List<string> RequestUrlHosts { get; set; } = [];

    /// <summary><c>Sqlite</c> or <c>Postgres</c>.</summary>
    public string DatabaseProvider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>Server connection string (Postgres); empty for SQLite, whose file sits in the tenant folder.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Postgres schema holding this tenant's tables.</summary>
    public string Schema { get; set; } = "";

    /// <summary>Why the tenant is <see cref="TenantState.Invalid"/>.</summary>
    public string? InvalidReason { get; set; }

    public DateTimeOffset CreatedUtc { get; set; } = DateTimeOffset.UtcNow;

    [JsonIgnore]
    public bool IsDefault => string.Equals(Name, DefaultName, StringComparison.OrdinalIgnoreCase);

    public ShellSettings Clone() => new()
    {
        Name = Name,
        State = State,
        RequestUrlPrefix = RequestUrlPrefix,
        RequestUrlHosts = [.. RequestUrlHosts],
        DatabaseProvider = DatabaseProvider,
        ConnectionString = ConnectionString,
        Schema = Schema,
        InvalidReason = InvalidReason,
        CreatedUtc = CreatedUtc,
    };
}
