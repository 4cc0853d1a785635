using System.Collections.Concurrent;
using ETamkeen.Shells;
using Microsoft.Extensions.Logging;

namespace ETamkeen.Localization;

/// <summary>
/// Every PO file the host knows: the modules' and themes' (copied beside the host as
/// <c>Localization/{ModuleId}/{culture}.po</c>, read once) and each tenant's own
/// (<c>App_Data/Sites/{tenant}/Localization/{culture}.po</c>, re-read when it changes).
/// A file that can't be parsed is logged with its line and skipped; the others still load.
/// </summary>
public sealed class LocalizationCatalog(AppDataPaths paths, ILogger<LocalizationCatalog> logger, string? modulesRoot = null)
{
    public const string FolderName = "Localization";

    // A tenant's file is looked at again at most this often, not on every string of a page.
    private static readonly TimeSpan s_recheckAfter = TimeSpan.FromSeconds(1);

    private readonly string _modulesRoot = modulesRoot ?? Path.Combine(AppContext.BaseDirectory, FolderName);
    private readonly ConcurrentDictionary<string, CultureCatalog> _modules = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string Tenant, string Culture), TenantFile> _tenants = new();

    /// <summary>The translation of a string in a culture (or its parent: ar-MA, then ar): the tenant's file first, then the modules'.</summary>
    public TranslationMatch? Find(string? tenant, string culture, string? context, string id)
    {
        foreach (var name in Candidates(culture))
        {
            if (tenant is not null && ForTenant(tenant, name) is { } own && own.Find(context, id) is { } overridden)
            {
                return new TranslationMatch(overridden, own.PluralRule);
            }

            var shipped = ForModules(name);
            if (shipped.Find(context, id) is { } entry)
            {
                return new TranslationMatch(entry, shipped.PluralRule);
            }
        }

        return null;
    }

    /// <summary>The entries of a culture as a tenant sees them (its own over the modules').</summary>
    public IEnumerable<PoEntry> All(string? tenant, string culture)
    {
        var entries = new Dictionary<string, PoEntry>(StringComparer.Ordinal);
        foreach (var name in Candidates(culture).Reverse())
        {
            foreach (var catalog in tenant is null ? [ForModules(name)] : new[] { ForModules(name), ForTenant(tenant, name) ?? CultureCatalog.Empty })
            {
                foreach (var entry in catalog.Entries)
                {
                    entries[entry.Key] = entry;
                }
            }
        }

        return entries.Values;
    }

    public static IEnumerable<string> Candidates(string culture)
    {
        yield return culture;
        var dash = culture.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            yield return culture[..dash];
        }
    }

    private CultureCatalog ForModules(string culture) => _modules.GetOrAdd(culture, LoadModules);

    private CultureCatalog LoadModules(string culture)
    {
        if (!IsSafeName(culture) || !Directory.Exists(_modulesRoot))
        {
            return CultureCatalog.Empty;
        }

        var files = Directory.EnumerateDirectories(_modulesRoot)
            .Order(StringComparer.Ordinal)
            .Select(module => Path.Combine(module, culture + ".po"))
            .Where(File.Exists);
        return new CultureCatalog(culture, files.Select(TryParse).OfType<PoDocument>());
    }

    private CultureCatalog? ForTenant(string tenant, string culture)
    {
        if (!IsSafeName(culture) || !IsSafeName(tenant))
        {
            return null;
        }

        var file = _tenants.GetOrAdd((tenant, culture), key => new TenantFile(Path.Combine(paths.Site(key.Tenant), FolderName, key.Culture + ".po")));
        return file.Current(culture, TryParse);
    }

    private PoDocument? TryParse(string path)
    {
        try
        {
            return PoParser.ParseFile(path);
        }
        catch (PoParseException e)
        {
            logger.LogError("The PO file {File} is skipped: line {Line}: {Reason}", e.File, e.Line, e.Reason);
        }
        catch (IOException e)
        {
            logger.LogError("The PO file {File} can't be read: {Reason}", path, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            logger.LogError("The PO file {File} can't be read: {Reason}", path, e.Message);
        }

        return null;
    }

    private static bool IsSafeName(string name) =>
        name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>One tenant file, kept until its time stamp changes.</summary>
    private sealed class TenantFile(string path)
    {
        private readonly Lock _lock = new();
        private CultureCatalog? _catalog;
        private DateTime _stamp = DateTime.MinValue;
        private DateTime _checked = DateTime.MinValue;

        public CultureCatalog? Current(string culture, Func<string, PoDocument?> parse)
        {
            var now = DateTime.UtcNow;
            if (now - _checked < s_recheckAfter)
            {
                return _catalog;
            }

            lock (_lock)
            {
                _checked = now;
                var stamp = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
                if (stamp != _stamp)
                {
                    _stamp = stamp;
                    _catalog = stamp == DateTime.MinValue ? null : parse(path) is { } document ? new CultureCatalog(culture, [document]) : null;
                }

                return _catalog;
            }
        }
    }
}
