using ETamkeen.Data;
using ETamkeen.Modules;

namespace ETamkeen.Shells;

/// <summary>
/// Switches features of the current tenant. The change is written to the tenant's
/// descriptor, then the shell is released and the new one built at once, so a failing
/// migration is reported to the caller and the old feature set is put back.
/// </summary>
public sealed class ShellFeatures(
    ShellSettings settings,
    EnabledFeatures current,
    IModuleCatalog catalog,
    IDbConnectionFactory db,
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

        var added = catalog.WithDependencies(requested.Select(f => f.Id)).Where(f => !current.Ids.Contains(f.Id)).ToList();
        var next = current.Features.Concat(added).Select(f => f.Id);
        return ApplyAsync(next, new FeatureChange([.. added.Select(f => f.Id)], []));
    }

    public Task<FeatureChange> DisableAsync(IEnumerable<string> featureIds)
    {
        var requested = Known(featureIds);
        var removed = catalog.WithDependants(requested.Select(f => f.Id)).Where(f => current.Ids.Contains(f.Id)).ToList();
        var locked = removed.Where(f => f.IsAlwaysEnabled).Select(f => f.Id).ToList();
        if (locked.Count > 0)
        {
            throw new FeatureChangeException($"Always enabled, can't be disabled: {string.Join(", ", locked)}.");
        }

        var removedIds = removed.Select(f => f.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var next = current.Features.Where(f => !removedIds.Contains(f.Id)).Select(f => f.Id);
        return ApplyAsync(next, new FeatureChange([], [.. removed.Select(f => f.Id)]));
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

    private async Task<FeatureChange> ApplyAsync(IEnumerable<string> next, FeatureChange change)
    {
        if (change.Enabled.Count == 0 && change.Disabled.Count == 0)
        {
            return change;
        }

        var session = new DocumentSession(db, []);
        var descriptor = await session.FirstOrDefaultAsync<ShellDescriptor>() ?? new ShellDescriptor();
        var previous = descriptor.Features.ToList();
        descriptor.Features = [.. next.Distinct(StringComparer.OrdinalIgnoreCase)];
        session.Save(descriptor);
        await session.SaveChangesAsync();
        await host.ReleaseAsync(settings.Name);

        try
        {
            var rebuilt = await host.AcquireAsync(settings.Name);
            await rebuilt.ReleaseLeaseAsync();
        }
        catch (ShellUnavailableException e)
        {
            descriptor.Features = previous;
            session.Save(descriptor);
            await session.SaveChangesAsync();
            await host.ReleaseAsync(settings.Name);
            throw new FeatureChangeException($"The change was undone: {e.Reason}");
        }

        return change;
    }
}
