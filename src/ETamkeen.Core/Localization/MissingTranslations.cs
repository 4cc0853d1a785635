using System.Collections.Concurrent;

namespace ETamkeen.Localization;

/// <summary>
/// The strings a tenant asked for in a culture that has no translation for them, kept in
/// memory for translators (the admin page). Bounded per tenant so a flood of odd strings
/// can't grow it without end.
/// </summary>
public sealed class MissingTranslations
{
    public const int MaxPerTenant = 5000;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<MissingTranslation, DateTime>> _byTenant = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True the first time this string is missed on this tenant, so the caller logs it once.</summary>
    public bool Record(string tenant, MissingTranslation missing)
    {
        var misses = _byTenant.GetOrAdd(tenant, _ => new());
        return misses.Count < MaxPerTenant && misses.TryAdd(missing, DateTime.UtcNow);
    }

    /// <summary>The tenant's misses with when each was first seen, by culture, context and text.</summary>
    public IReadOnlyList<(MissingTranslation Missing, DateTime FirstSeenUtc)> For(string tenant) =>
        _byTenant.TryGetValue(tenant, out var misses)
            ? [.. misses.Select(m => (m.Key, m.Value)).OrderBy(m => m.Key.Culture, StringComparer.Ordinal).ThenBy(m => m.Key.Context, StringComparer.Ordinal).ThenBy(m => m.Key.Id, StringComparer.Ordinal)]
            : [];

    public void Clear(string tenant) => _byTenant.TryRemove(tenant, out _);
}
