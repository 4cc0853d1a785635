using System.Text.Json;
using System.Text.Json.Serialization;

namespace ETamkeen.Shells;

/// <summary>
/// Reads and writes <c>tenants.json</c> (name, state, prefix, hosts) and each tenant's
/// <c>Sites/{name}/appsettings.json</c> (database). Writes go to a temporary file first,
/// so a crash never leaves half a file.
/// </summary>
public sealed class ShellSettingsStore(AppDataPaths paths)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public bool Exists => File.Exists(paths.TenantsFile);

    /// <summary>
    /// Every tenant. A tenant whose site settings can't be read comes back
    /// <see cref="TenantState.Invalid"/> with the reason, never an exception.
    /// </summary>
    public IReadOnlyList<ShellSettings> LoadAll()
    {
        if (!File.Exists(paths.TenantsFile))
        {
            return [];
        }

        var entries = JsonSerializer.Deserialize<Dictionary<string, TenantEntry>>(File.ReadAllText(paths.TenantsFile), Json) ?? [];
        var result = new List<ShellSettings>(entries.Count);
        foreach (var (name, entry) in entries)
        {
            var settings = new ShellSettings
            {
                Name = name,
                State = entry.State,
                RequestUrlPrefix = entry.RequestUrlPrefix ?? "",
                RequestUrlHosts = entry.RequestUrlHosts ?? [],
                CreatedUtc = entry.CreatedUtc ?? DateTimeOffset.UtcNow,
            };
            try
            {
                var site = ReadSite(name);
                settings.DatabaseProvider = site.DatabaseProvider ?? DatabaseProviders.Sqlite;
                settings.ConnectionString = site.ConnectionString ?? "";
                settings.Schema = site.Schema ?? "";
            }
            catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
            {
                settings.State = TenantState.Invalid;
                settings.InvalidReason = $"Site settings of {name} can't be read: {e.Message}";
            }

            settings.InvalidReason ??= ShellSettingsValidator.DatabaseProblem(settings);
            if (settings.InvalidReason is not null)
            {
                settings.State = TenantState.Invalid;
            }

            result.Add(settings);
        }

        return result;
    }

    public async Task SaveAllAsync(IEnumerable<ShellSettings> all, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var entries = all.OrderBy(s => s.IsDefault ? 0 : 1).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(
                s => s.Name,
                s => new TenantEntry
                {
                    // An Invalid state is derived at load; what's stored is what the administrator chose.
                    State = s.State == TenantState.Invalid ? TenantState.Running : s.State,
                    RequestUrlPrefix = s.RequestUrlPrefix,
                    RequestUrlHosts = s.RequestUrlHosts,
                    CreatedUtc = s.CreatedUtc,
                });
            await WriteAtomicallyAsync(paths.TenantsFile, JsonSerializer.Serialize(entries, Json), cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public Task SaveSiteAsync(ShellSettings settings, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(paths.Site(settings.Name));
        var site = new SiteEntry
        {
            DatabaseProvider = settings.DatabaseProvider,
            ConnectionString = string.IsNullOrEmpty(settings.ConnectionString) ? null : settings.ConnectionString,
            Schema = string.IsNullOrEmpty(settings.Schema) ? null : settings.Schema,
        };
        return WriteAtomicallyAsync(SiteFile(settings.Name), JsonSerializer.Serialize(site, Json), cancellationToken);
    }

    private SiteEntry ReadSite(string name)
    {
        var file = SiteFile(name);
        return File.Exists(file)
            ? JsonSerializer.Deserialize<SiteEntry>(File.ReadAllText(file), Json) ?? new SiteEntry()
            : new SiteEntry();
    }

    private string SiteFile(string name) => Path.Combine(paths.Site(name), "appsettings.json");

    private static async Task WriteAtomicallyAsync(string path, string content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllTextAsync(temporary, content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    private sealed class TenantEntry
    {
        public TenantState State { get; set; }
        public string? RequestUrlPrefix { get; set; }
        public List<string>? RequestUrlHosts { get; set; }
        public DateTimeOffset? CreatedUtc { get; set; }
    }

    private sealed class SiteEntry
    {
        public string? DatabaseProvider { get; set; }
        public string? ConnectionString { get; set; }
        public string? Schema { get; set; }
    }
}
