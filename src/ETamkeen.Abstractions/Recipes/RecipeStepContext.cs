using System.Text.Json.Nodes;

namespace ETamkeen.Recipes;

public sealed class RecipeStepContext
{
    public required string RecipeName { get; init; }
    public required int StepIndex { get; init; }
    public required string StepName { get; init; }

    /// <summary>The step's JSON with its <c>name</c> and expressions already evaluated.</summary>
    public required JsonObject Step { get; init; }

    /// <summary>Values given by whoever runs the recipe (setup: site name, admin account...).</summary>
    public IReadOnlyDictionary<string, string?> Parameters { get; init; } = new Dictionary<string, string?>();

    /// <summary>The folder of a shipped recipe, where its side files are; null for a posted recipe.</summary>
    public string? RecipeFolder { get; init; }

    /// <summary>How deep this run is in recipes started by a <c>recipes</c> step (0 for the outer one).</summary>
    public int Depth { get; init; }

    /// <summary>Non-fatal findings the step wants reported: a feature we lack, a side file missing.</summary>
    public List<string> Warnings { get; } = [];
}
