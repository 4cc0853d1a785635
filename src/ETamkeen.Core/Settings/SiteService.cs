using ETamkeen.Data;

namespace ETamkeen.Settings;

/// <summary>Site settings, read once per shell and kept until changed through this service.</summary>
public sealed class SiteService(CachedDocuments<SiteSettings> documents) : ISiteService
{
    public Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default) => documents.GetAsync(cancellationToken);

    public Task UpdateAsync(Action<SiteSettings> change, CancellationToken cancellationToken = default) => documents.ChangeAsync(change, cancellationToken);
}
