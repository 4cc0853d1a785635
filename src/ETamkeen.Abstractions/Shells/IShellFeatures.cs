namespace ETamkeen.Shells;

/// <summary>The enabled features of the current tenant, and the way to change them.</summary>
public interface IShellFeatures
{
    /// <summary>Ids of the features enabled in the shell serving this request.</summary>
    IReadOnlySet<string> Enabled { get; }

    /// <summary>Enables the features and their dependencies; the shell is released and rebuilt on the next request.</summary>
    Task<FeatureChange> EnableAsync(IEnumerable<string> featureIds);

    /// <summary>Disables the features and what depends on them.</summary>
    Task<FeatureChange> DisableAsync(IEnumerable<string> featureIds);
}

/// <summary>What a change did: the features switched, including those pulled in as dependencies or dependants.</summary>
public sealed record FeatureChange(IReadOnlyList<string> Enabled, IReadOnlyList<string> Disabled);
