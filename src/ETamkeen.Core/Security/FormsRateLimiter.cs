using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace ETamkeen.Security;

/// <summary>
/// The budget of sign-in and public-form posts per tenant and client IP (20 a minute unless
/// <c>ETamkeen:RateLimits:FormsPerMinute</c> says otherwise). One limiter for the host, keyed by
/// strings: a per-tenant middleware would keep released tenants alive through its timers.
/// </summary>
public sealed class FormsRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public FormsRateLimiter(IConfiguration configuration)
    {
        var permits = Math.Max(1, configuration.GetValue("ETamkeen:RateLimits:FormsPerMinute", 20));
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    }

    public bool TryAcquire(string tenant, string? clientIp)
    {
        using var lease = _limiter.AttemptAcquire(tenant + "|" + (clientIp ?? "unknown"));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
