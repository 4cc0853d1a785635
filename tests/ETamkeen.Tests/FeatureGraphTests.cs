using ETamkeen.Modules;
using Xunit;

namespace ETamkeen.Tests;

public sealed class FeatureGraphTests
{
    private static Dictionary<string, IReadOnlyList<string>> Graph(params (string Id, string[] Deps)[] features) =>
        features.ToDictionary(f => f.Id, f => (IReadOnlyList<string>)f.Deps, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Every_feature_comes_after_what_it_needs()
    {
        var order = FeatureGraph.Sort(Graph(
            ("Trainings", ["Workflows", "Contents"]),
            ("Workflows", ["Contents"]),
            ("Contents", ["Core"]),
            ("Core", [])));

        Assert.Equal(["Core", "Contents", "Workflows", "Trainings"], order);
    }

    [Fact]
    public void A_cycle_is_reported_with_the_features_in_it()
    {
        var error = Assert.Throws<ModuleCatalogException>(() => FeatureGraph.Sort(Graph(
            ("A", ["B"]),
            ("B", ["C"]),
            ("C", ["A"]),
            ("D", []))));

        Assert.Contains("A -> B -> C -> A", error.Message);
        Assert.DoesNotContain("D", error.Message);
    }

    [Fact]
    public void Dependencies_match_ids_whatever_their_case()
    {
        var order = FeatureGraph.Sort(Graph(("b", ["A"]), ("A", [])));
        Assert.Equal(["A", "b"], order);
    }
}
