using ETamkeen.Modules;

[assembly: Module(
    ETamkeen.CoreFeature.Id,
    Name = "Kernel",
    Description = "Tenants' data, documents, migrations, recipes and the system API principal.",
    Category = "Infrastructure",
    IsAlwaysEnabled = true)]

namespace ETamkeen;

public static class CoreFeature
{
    /// <summary>Every other feature depends on the kernel, without saying so.</summary>
    public const string Id = "ETamkeen.Core";
}
