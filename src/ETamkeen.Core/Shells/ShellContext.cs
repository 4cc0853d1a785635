using ETamkeen.Modules;
using Microsoft.AspNetCore.Http;

namespace ETamkeen.Shells;

/// <summary>
/// A built tenant: its service provider and request pipeline. Requests hold a lease on it;
/// once released it takes no new request and is disposed when the last one leaves, so a
/// feature change never cuts a request in flight.
/// </summary>
public sealed class ShellContext : IAsyncDisposable
{
    // 1 for the host's own hold, +1 per request; disposal when it reaches 0.
    private int _leases = 1;
    private int _disposed;

    public ShellContext(ShellSettings settings, IServiceProvider services, RequestDelegate pipeline, IReadOnlyList<FeatureInfo> features)
    {
        Settings = settings;
        Services = services;
        Pipeline = pipeline;
        Features = features;
        EnabledIds = features.Select(f => f.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Touch();
    }

    public ShellSettings Settings { get; }
    public IServiceProvider Services { get; }
    public RequestDelegate Pipeline { get; }
    public IReadOnlyList<FeatureInfo> Features { get; }
    public IReadOnlySet<string> EnabledIds { get; }
    public bool IsReleased { get; private set; }

    /// <summary>Environment.TickCount64 of the last request, for idle release.</summary>
    public long LastUsedTicks { get; private set; }

    public int ActiveRequests => Math.Max(0, Volatile.Read(ref _leases) - (IsReleased ? 0 : 1));

    /// <summary>Takes a lease; false when the shell is already released and gone.</summary>
    public bool TryAcquire() => TryAcquire(touch: true);

    /// <summary>
    /// Takes a lease; <paramref name="touch"/> false for the host's own work (background tasks),
    /// which must not keep an idle tenant from being released.
    /// </summary>
    public bool TryAcquire(bool touch)
    {
        while (true)
        {
            var current = Volatile.Read(ref _leases);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _leases, current + 1, current) == current)
            {
                if (touch)
                {
                    Touch();
                }

                return true;
            }
        }
    }

    public ValueTask ReleaseLeaseAsync() =>
        Interlocked.Decrement(ref _leases) == 0 ? DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>Stops taking requests; disposal follows the last one in flight.</summary>
    public ValueTask ReleaseAsync()
    {
        if (IsReleased)
        {
            return ValueTask.CompletedTask;
        }

        IsReleased = true;
        return ReleaseLeaseAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        switch (Services)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    private void Touch() => LastUsedTicks = Environment.TickCount64;
}
