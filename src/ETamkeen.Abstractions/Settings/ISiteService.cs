namespace ETamkeen.Settings;

public interface ISiteService
{
    /// <summary>The tenant's settings, cached per shell until changed.</summary>
    Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default);

    Task UpdateAsync(Action<SiteSettings> change, CancellationToken cancellationToken = default);
}
