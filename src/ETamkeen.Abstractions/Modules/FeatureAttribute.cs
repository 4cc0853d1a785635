namespace ETamkeen.Modules;

/// <summary>
/// On an assembly: declares an extra feature of the module. On a class (a startup, a
/// controller, a migration): says which feature the class belongs to; without it a class
/// belongs to its module's default feature.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class, AllowMultiple = true)]
public sealed class FeatureAttribute : Attribute
{
    public FeatureAttribute(string id) => Id = id;

    public string Id { get; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Category { get; set; }
    public string[] Dependencies { get; set; } = [];
    public bool IsAlwaysEnabled { get; set; }
    public bool DefaultTenantOnly { get; set; }

    /// <summary>Orchard Core feature ids this feature stands for, so that Orchard recipes enable it.</summary>
    public string[] Replaces { get; set; } = [];
}
