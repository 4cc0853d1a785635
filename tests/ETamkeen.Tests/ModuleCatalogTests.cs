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

    private static (FeatureInfo, string) Declared(string id, string module, params string[] dependencies) =>
        (new FeatureInfo { Id = id, Name = id, ModuleId = module, Dependencies = dependencies }, module);

    [Fact]
    public void A_missing_dependency_is_reported_with_the_feature_and_module_that_need_it()
    {
        var error = Assert.Throws<ModuleCatalogException>(() => ModuleCatalog.Validate(
        [
            Declared("ETamkeen.Trainings", "ETamkeen.Trainings", "ETamkeen.Workflows"),
            Declared("ETamkeen.Core", "ETamkeen.Core"),
        ]));
        Assert.Contains("ETamkeen.Trainings (in ETamkeen.Trainings) needs ETamkeen.Workflows", error.Message);
    }

    [Fact]
    public void A_feature_id_declared_twice_is_reported_with_both_modules()
    {
        var error = Assert.Throws<ModuleCatalogException>(() => ModuleCatalog.Validate(
        [
            Declared("Search", "ETamkeen.Search"),
            Declared("search", "ETamkeen.Library"),
        ]));
        Assert.Contains("ETamkeen.Search", error.Message);
        Assert.Contains("ETamkeen.Library", error.Message);
    }

    [Fact]
    public void A_cycle_between_modules_is_reported()
    {
        var error = Assert.Throws<ModuleCatalogException>(() => ModuleCatalog.Validate(
        [
            Declared("A", "MA", "B"),
            Declared("B", "MB", "A"),
        ]));
        Assert.Contains("A -> B -> A", error.Message);
    }
}
