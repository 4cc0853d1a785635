using ETamkeen.Modules;

namespace ETamkeen.Shells;

/// <summary>The features a tenant's shell was built with; a singleton of that shell.</summary>
public sealed class EnabledFeatures(IReadOnlyList<FeatureInfo> features)
{
    public IReadOnlyList<FeatureInfo> Features { get; } = features;
    public IReadOnlySet<string> Ids { get; } = features.Select(f => f.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
