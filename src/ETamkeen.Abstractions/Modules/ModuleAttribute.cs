namespace ETamkeen.Modules;

/// <summary>Declares an assembly as a module. Its id is also the id of its default feature.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute : Attribute
{
    public ModuleAttribute(string id) => Id = id;

    public string Id { get; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string Category { get; set; } = "General";
    public string Version { get; set; } = "1.0.0";
    public string Author { get; set; } = "e-TAMKEEN";

    /// <summary>Dependencies of the module's default feature.</summary>
    public string[] Dependencies { get; set; } = [];

    /// <summary>The default feature can't be disabled (the kernel's own plumbing).</summary>
    public bool IsAlwaysEnabled { get; set; }

    /// <summary>The default feature exists only on the Default tenant (e.g. tenant management).</summary>
    public bool DefaultTenantOnly { get; set; }

    /// <summary>Orchard Core feature ids this feature stands for, so that Orchard recipes enable it.</summary>
    public string[] Replaces { get; set; } = [];
}
