namespace ETamkeen.Modules;

public interface IModuleCatalog
{
    /// <summary>Every feature of every module, in dependency order.</summary>
    IReadOnlyList<FeatureInfo> Features { get; }

    FeatureInfo? Find(string featureId);

    /// <summary>Our feature for an id, or for the Orchard Core feature id it replaces.</summary>
    FeatureInfo? FindOrReplacement(string featureId);

    /// <summary>The features and everything they depend on, transitively, in dependency order.</summary>
    IReadOnlyList<FeatureInfo> WithDependencies(IEnumerable<string> featureIds);

    /// <summary>The features and everything that depends on them, transitively.</summary>
    IReadOnlyList<FeatureInfo> WithDependants(IEnumerable<string> featureIds);

    /// <summary>Which feature a type (startup, controller, migration) belongs to, if any.</summary>
    FeatureInfo? FeatureOf(Type type);
}
