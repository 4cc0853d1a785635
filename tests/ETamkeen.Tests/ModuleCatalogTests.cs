using ETamkeen.Modules;
using Xunit;

namespace ETamkeen.Tests;

public sealed class ModuleCatalogTests
{
    private static readonly ModuleCatalog Kernel = new([typeof(CoreFeature).Assembly]);

    [Fact]
    public void The_kernel_is_a_module_whose_feature_is_always_enabled()
    {
        var core = Kernel.Find(CoreFeature.Id);
        Assert.NotNull(core);
        Assert.True(core.IsAlwaysEnabled);
        Assert.Contains(typeof(Startup), core.Types);
        Assert.Same(core, Kernel.FeatureOf(typeof(Data.Migrations.DocumentMigrations)));
    }

    [Fact]
    public void Closures_follow_dependencies_and_dependants()
    {
        Assert.Equal([CoreFeature.Id], Kernel.WithDependencies([CoreFeature.Id]).Select(f => f.Id));
        Assert.Empty(Kernel.WithDependencies(["Unknown.Feature"]));
    }
}
