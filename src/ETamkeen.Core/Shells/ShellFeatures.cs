using ETamkeen.Data;
using ETamkeen.Modules;

namespace ETamkeen.Shells;

/// <summary>
/// Switches features of the current tenant. Changes to one tenant are serialised and
/// computed from the stored descriptor (not from the shell serving this request, which a
/// concurrent change may have made stale). The descriptor is saved, the shell released and
/// the new one built at once, so a failing migration is reported to the caller and the
/// previous feature set is put back.
/// </summary>
public sealed class ShellFeatures(
    ShellSettings settings,
    EnabledFeatures current,
    IModuleCatalog catalog,
    IDbConnectionFactory db,
    ShellContextFactory shells,
    ShellHost host) : IShellFeatures
{
    public IReadOnlySet<string> Enabled => current.Ids;

    public Task<FeatureChange> EnableAsync(IEnumerable<string> featureIds)
    {
        var requested = Known(featureIds);
        var unavailable = requested.Where(f => f.DefaultTenantOnly && !settings.IsDefault).Select(f => f.Id).ToList();
        if (unavailable.Count > 0)
        {
            throw new FeatureChangeException($"Only the Default tenant can enable: {string.Join(", ", unavailable)}.");
        }

        return ChangeAsync(stored =>
        {
            var added = catalog.WithDependencies(requested.Select(f => f.Id)).Where(f => !stored.Contains(f.Id)).ToList();
            return (stored.Concat(added.Select(f => f.Id)), new FeatureChange([.. added.Select(f => f.Id)], []));
        });
    }

    public Task<FeatureChange> DisableAsync(IEnumerable<string> featureIds)
    {
        var requested = Known(featureIds);
        var locked = catalog.WithDependants(requested.Select(f => f.Id)).Where(f => f.IsAlwaysEnabled).Select(f => f.Id).ToList();
        if (locked.Count > 0)
        {
            throw new FeatureChangeException($"Always enabled, can't be disabled: {string.Join(", ", locked)}.");
        }

        return ChangeAsync(stored =>
        {
            var removed = catalog.WithDependants(requested.Select(f => f.Id)).Where(f => stored.Contains(f.Id)).Select(f => f.Id).ToList();
            return (stored.Except(removed, StringComparer.OrdinalIgnoreCase), new FeatureChange([], removed));
        });
    }

    private List<FeatureInfo> Known(IEnumerable<string> featureIds)
    {
        var ids = featureIds.ToList();
        var unknown = ids.Where(id => catalog.Find(id) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new FeatureChangeException($"Unknown features: {string.Join(", ", unknown)}.");
        }

        return [.. ids.Select(id => catalog.Find(id)!)];
    }

    private async Task<FeatureChange> ChangeAsync(Func<IReadOnlySet<string>, (IEnumerable<string> Next, FeatureChange Change)> decide)
    {
        await using var _ = await host.LockAsync(settings.Name);
        var session = new DocumentSession(db, []);
        var descriptor = await session.FirstOrDefaultAsync<ShellDescriptor>() ?? new ShellDescriptor();
        var stored = shells.Resolve(settings, descriptor.Features).Select(f => f.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (next, change) = decide(stored);
        if (change.Enabled.Count == 0 && change.Disabled.Count == 0)
        {
            return change;
        }

        var previous = descriptor.Features.ToList();
        descriptor.Features = [.. next.Distinct(StringComparer.OrdinalIgnoreCase)];
        await SaveAsync(session, descriptor);
        await host.ReleaseAsync(settings.Name);

        try
        {
            var rebuilt = await host.AcquireAsync(settings.Name);
            await rebuilt.ReleaseLeaseAsync();
        }
        catch (ShellUnavailableException e)
        {
            descriptor.Features = previous;
            await SaveAsync(session, descriptor);
            await host.ReleaseAsync(settings.Name);
            throw new FeatureChangeException($"The change was undone: {e.Reason}");
        }

        return change;
    }

    private static async Task SaveAsync(DocumentSession session, ShellDescriptor descriptor)
    {
        session.Save(descriptor);
        try
        {
            await session.SaveChangesAsync();
        }
        catch (ConcurrencyException)
        {
            // Another web node changed this tenant's features at the same moment.
            throw new FeatureChangeException("The tenant's features were changed by someone else at the same time; try again.");
        }
    }
}
