using ETamkeen.Data;

namespace ETamkeen.Settings;

/// <summary>Site settings, read once per shell and kept until changed through this service.</summary>
public sealed class SiteService(IDocumentSession session, SiteSettingsCache cache) : ISiteService
{
    public async Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache.Current is { } cached)
        {
            return cached;
        }

        var loaded = await session.FirstOrDefaultAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
        cache.Current = loaded;
        return loaded;
    }

    public async Task UpdateAsync(Action<SiteSettings> change, CancellationToken cancellationToken = default)
    {
        // Change a fresh copy: a failed save must not leave the cache half-changed.
        var stored = await session.FirstOrDefaultAsync<SiteSettings>(cancellationToken) ?? new SiteSettings();
        change(stored);
        session.Save(stored);
        await session.SaveChangesAsync(cancellationToken);
        cache.Current = stored;
    }
}

/// <summary>A shell singleton: one tenant's settings in memory.</summary>
public sealed class SiteSettingsCache
{
    public SiteSettings? Current { get; set; }
}
