using ETamkeen.Workflows.Activities;

namespace ETamkeen.Workflows.Services;

/// <summary>The activities registered in this tenant, by name (case-sensitive, as Orchard's).</summary>
public sealed class ActivityLibrary(IEnumerable<IActivity> activities)
{
    private readonly Dictionary<string, IActivity> _byName = activities
        .GroupBy(a => a.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public IEnumerable<IActivity> All => _byName.Values.OrderBy(a => a.Category, StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.Ordinal);

    public IActivity? Find(string name) => _byName.GetValueOrDefault(name);
}
