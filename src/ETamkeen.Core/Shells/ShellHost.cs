using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ETamkeen.Shells;

/// <summary>
/// The tenants of this process. Settings are loaded once at start and changed only through
/// this class; a tenant's shell is built on its first request and rebuilt after a release.
/// Listing tenants never builds a shell.
/// </summary>
public sealed class ShellHost(ShellSettingsStore store, ShellContextFactory factory, ILogger<ShellHost> logger) : IAsyncDisposable
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, ShellSettings> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<Task<ShellContext>>> _shells = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (long UntilTicks, string Reason)> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _changeLock = new(1, 1);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _tenantLocks = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Raised after any change of the tenant list or a tenant's routing, to rebuild lookups.</summary>
    public event Action? Changed;

    public void Load()
    {
        foreach (var settings in store.LoadAll())
        {
            if (settings.State == TenantState.Invalid)
            {
                logger.LogError("Tenant {Tenant} is invalid: {Reason}", settings.Name, settings.InvalidReason);
            }

            _settings[settings.Name] = settings;
        }

        Changed?.Invoke();
    }

    public IReadOnlyCollection<ShellSettings> AllSettings => [.. _settings.Values];

    public ShellSettings? GetSettings(string name) => _settings.GetValueOrDefault(name);

    /// <summary>The reason a tenant's last build failed, while it is failing.</summary>
    public string? BuildFailure(string name) =>
        _failures.TryGetValue(name, out var f) && f.UntilTicks > Environment.TickCount64 ? f.Reason : null;

    public bool IsBuilt(string name) => _shells.TryGetValue(name, out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully;

    public IEnumerable<ShellContext> BuiltShells =>
        _shells.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully).Select(l => l.Value.Result);

    /// <summary>The tenant's current shell with a lease taken; the caller releases the lease.</summary>
    public async Task<ShellContext> AcquireAsync(string name, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var context = await GetOrBuildAsync(name, cancellationToken);
            if (context.TryAcquire())
            {
                return context;
            }

            // Released between lookup and lease; the release already dropped it, so the next lookup builds anew.
            if (attempt > 10)
            {
                throw new InvalidOperationException($"Tenant {name} is being released repeatedly.");
            }
        }
    }

    /// <summary>Drops the tenant's shell: running requests finish on it, the next one builds a new one.</summary>
    public async Task ReleaseAsync(string name)
    {
        _failures.TryRemove(name, out _);
        if (_shells.TryRemove(name, out var lazy) && lazy.IsValueCreated)
        {
            try
            {
                var context = await lazy.Value;
                await context.ReleaseAsync();
            }
            catch (Exception e)
            {
                logger.LogDebug(e, "Released tenant {Tenant} had failed to build", name);
            }
        }
    }

    /// <summary>Adds or replaces a tenant's settings, persists them, and releases its shell.</summary>
    public async Task SaveAsync(ShellSettings settings, CancellationToken cancellationToken = default) =>
        await TrySaveAsync(settings, checkRoutes: false, cancellationToken);

    /// <summary>
    /// Saves a tenant's changed routing unless another tenant already answers on its prefix and
    /// hosts, checked under the same lock as setup's reservation; returns that tenant's name.
    /// </summary>
    public Task<string?> TryUpdateRoutingAsync(ShellSettings settings, CancellationToken cancellationToken = default) =>
        TrySaveAsync(settings, checkRoutes: true, cancellationToken);

    private async Task<string?> TrySaveAsync(ShellSettings settings, bool checkRoutes, CancellationToken cancellationToken)
    {
        await _changeLock.WaitAsync(cancellationToken);
        try
        {
            if (checkRoutes && _settings.Values.FirstOrDefault(s =>
                !string.Equals(s.Name, settings.Name, StringComparison.OrdinalIgnoreCase) && Conflicts(s, settings)) is { } clash)
            {
                return clash.Name;
            }

            await store.SaveSiteAsync(settings, cancellationToken);
            _settings[settings.Name] = settings;
            await store.SaveAllAsync(PersistedSettings(), cancellationToken);
            if (ShellSettingsValidator.DatabaseProblem(settings) is { } problem)
            {
                settings.State = TenantState.Invalid;
                settings.InvalidReason = problem;
            }
        }
        finally
        {
            _changeLock.Release();
        }

        await ReleaseAsync(settings.Name);
        Changed?.Invoke();
        return null;
    }

    /// <summary>
    /// Puts a tenant in the in-memory list without persisting it (a setup in progress), or
    /// returns the name of the conflicting tenant.
    /// </summary>
    public async Task<string?> TryReserveAsync(ShellSettings settings, CancellationToken cancellationToken = default)
    {
        await _changeLock.WaitAsync(cancellationToken);
        try
        {
            var conflict = _settings.Values.FirstOrDefault(s => Conflicts(s, settings));
            if (conflict is not null)
            {
                return conflict.Name;
            }

            _settings[settings.Name] = settings;
        }
        finally
        {
            _changeLock.Release();
        }

        Changed?.Invoke();
        return null;
    }

    /// <summary>Forgets a tenant (its data is the caller's to remove).</summary>
    public async Task RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        await ReleaseAsync(name);
        await _changeLock.WaitAsync(cancellationToken);
        try
        {
            _settings.TryRemove(name, out _);
            await store.SaveAllAsync(PersistedSettings(), cancellationToken);
        }
        finally
        {
            _changeLock.Release();
        }

        Changed?.Invoke();
    }

    /// <summary>Serialises changes to one tenant's shell (feature switches) within this process.</summary>
    public async Task<IAsyncDisposable> LockAsync(string name, CancellationToken cancellationToken = default)
    {
        var gate = _tenantLocks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Releaser(gate);
    }

    /// <summary>Releases the shells idle longer than <paramref name="idle"/>.</summary>
    public async Task<int> ReleaseIdleAsync(TimeSpan idle)
    {
        var threshold = Environment.TickCount64 - (long)idle.TotalMilliseconds;
        var idleShells = BuiltShells.Where(s => s.LastUsedTicks < threshold && s.ActiveRequests == 0).ToList();
        foreach (var shell in idleShells)
        {
            logger.LogInformation("Releasing idle tenant {Tenant}", shell.Settings.Name);
            await ReleaseAsync(shell.Settings.Name);
        }

        return idleShells.Count;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var name in _shells.Keys.ToList())
        {
            await ReleaseAsync(name);
        }
    }

    private static bool Conflicts(ShellSettings existing, ShellSettings candidate)
    {
        if (string.Equals(existing.Name, candidate.Name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var samePrefix = string.Equals(existing.RequestUrlPrefix, candidate.RequestUrlPrefix, StringComparison.OrdinalIgnoreCase);
        var existingHosts = existing.RequestUrlHosts.Select(h => h.ToLowerInvariant()).ToHashSet();
        var hostsOverlap = existing.RequestUrlHosts.Count == 0 && candidate.RequestUrlHosts.Count == 0
            || candidate.RequestUrlHosts.Any(h => existingHosts.Contains(h.ToLowerInvariant()));
        return samePrefix && hostsOverlap;
    }

    private IEnumerable<ShellSettings> PersistedSettings() =>
        _settings.Values.Where(s => s.State is not (TenantState.Initializing or TenantState.Uninitialized));

    private async Task<ShellContext> GetOrBuildAsync(string name, CancellationToken cancellationToken)
    {
        if (_failures.TryGetValue(name, out var failure) && failure.UntilTicks > Environment.TickCount64)
        {
            throw new ShellUnavailableException(name, failure.Reason);
        }

        var settings = _settings.GetValueOrDefault(name) ?? throw new ShellUnavailableException(name, "No such tenant.");
        var lazy = _shells.GetOrAdd(name, _ => new Lazy<Task<ShellContext>>(() => factory.CreateAsync(settings, CancellationToken.None)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _shells.TryRemove(new KeyValuePair<string, Lazy<Task<ShellContext>>>(name, lazy));
            var reason = $"The tenant could not start: {e.GetBaseException().Message}";
            _failures[name] = (Environment.TickCount64 + (long)RetryAfterFailure.TotalMilliseconds, reason);
            logger.LogError(e, "Tenant {Tenant} failed to build", name);
            throw new ShellUnavailableException(name, reason, e);
        }
    }

    private sealed class Releaser(SemaphoreSlim gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
