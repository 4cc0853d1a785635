using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// How many registrations a tenant works on at once; the others queue, oldest first. The
/// opening of a popular session sends hundreds at the same second: each would otherwise take
/// database connections while it waits for the session's seat lock, and the pool would run dry
/// for everyone else. <c>ETamkeen:Trainings:ConcurrentRegistrations</c> (8) and
/// <c>ETamkeen:Trainings:RegistrationQueue</c> (5,000) tune it.
/// </summary>
public sealed class RegistrationThrottle : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;

    public RegistrationThrottle(IConfiguration configuration) =>
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, configuration.GetValue("ETamkeen:Trainings:ConcurrentRegistrations", 8)),
            QueueLimit = Math.Max(0, configuration.GetValue("ETamkeen:Trainings:RegistrationQueue", 5000)),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

    /// <summary>A lease to dispose when done; not acquired when the queue is full (the caller answers "try again").</summary>
    public async Task<RateLimitLease> EnterAsync(CancellationToken cancellationToken = default) =>
        await _limiter.AcquireAsync(1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
