using ETamkeen.Recipes;
using Xunit;

namespace ETamkeen.Tests;

public sealed class RecipeParserTests
{
    [Fact]
    public void Orchard_style_json_with_comments_and_trailing_commas_parses()
    {
        var recipe = RecipeParser.Parse("""
            {
              // a comment
              "name": "blog",
              "steps": [
                { "Name": "feature", "Enable": ["A", "B",], },
              ],
            }
            """);

        var step = (System.Text.Json.Nodes.JsonObject)recipe["steps"]![0]!;
        Assert.Equal("feature", RecipeParser.String(step, "name"));
        Assert.Equal(["A", "B"], RecipeParser.Strings(step, "enable"));
    }

    [Fact]
    public void Bad_json_says_where()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeParser.Parse("{\n  \"name\": \"x\",\n  \"steps\": [ { \"name\": } ]\n}"));
        Assert.Contains("line 3", error.Message);
    }

    [Theory]
    [InlineData("[]", "JSON object")]
    [InlineData("{\"name\": \"x\"}", "no \"steps\" array")]
    [InlineData("{\"steps\": {}}", "no \"steps\" array")]
    public void A_recipe_without_steps_is_refused(string json, string message)
    {
        var error = Assert.Throws<RecipeException>(() => RecipeParser.Parse(json));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_shipped_recipes_parse_and_are_setup_recipes()
    {
        var folder = Path.Combine(RepositoryRoot(), "recipes");
        var catalog = new RecipeCatalog(folder);
        var names = catalog.List().Select(r => r.Name).ToList();
        Assert.Contains("etamkeen", names);
        Assert.Contains("ministry", names);
        Assert.Contains("blank", names);
        Assert.All(catalog.List(), r => Assert.True(r.IsSetupRecipe, r.Name));
        Assert.Null(catalog.Read("nope"));
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ETamkeen.Orchard.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
