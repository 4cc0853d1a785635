namespace ETamkeen.Modules;

/// <summary>A feature as the catalogue knows it, with its dependencies resolved.</summary>
public sealed class FeatureInfo
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public string Category { get; init; } = "General";
    public required string ModuleId { get; init; }
    public IReadOnlyList<string> Dependencies { get; init; } = [];
    public bool IsAlwaysEnabled { get; init; }
    public bool DefaultTenantOnly { get; init; }

    /// <summary>Orchard Core feature ids this feature stands for.</summary>
    public IReadOnlyList<string> Replaces { get; init; } = [];

    /// <summary>Position in dependency order: a feature comes after everything it needs.</summary>
    public int Priority { get; init; }

    /// <summary>Types in the module that belong to this feature (startups, migrations...).</summary>
    public IReadOnlyList<Type> Types { get; init; } = [];
}
