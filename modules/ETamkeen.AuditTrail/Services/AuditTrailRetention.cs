using ETamkeen.AuditTrail.Models;
using ETamkeen.Settings;

namespace ETamkeen.AuditTrail.Services;

/// <summary>
/// Prunes on write instead of on a timer: a tenant nobody acts on grows no history, and a busy
/// one pays one indexed delete an hour. A shell singleton, so the hour is per tenant.
/// </summary>
public sealed class AuditTrailRetention
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private long _nextRunTicks;

    public async Task PruneIfDueAsync(AuditTrailStore store, ISiteService site, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow.Ticks;
        var next = Interlocked.Read(ref _nextRunTicks);

        // Only the writer that moves the schedule on prunes; the others go on at once.
        if (now < next || Interlocked.CompareExchange(ref _nextRunTicks, now + Interval.Ticks, next) != next)
        {
            return;
        }

        await PruneAsync(store, site, cancellationToken);
    }

    /// <summary>Drops what is older than the retention now; also run when the retention is changed.</summary>
    public static async Task<int> PruneAsync(AuditTrailStore store, ISiteService site, CancellationToken cancellationToken = default)
    {
        var days = AuditTrailTrimmingSettings.RetentionDays(await site.GetAsync(cancellationToken));
        return await store.DeleteOlderThanAsync(DateTime.UtcNow.AddDays(-days), cancellationToken);
    }
}
