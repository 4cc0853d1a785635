using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Recipes;
using ETamkeen.Search.Models;

namespace ETamkeen.Search.Recipes;

/// <summary>The indexes a rebuild or reset step names: <c>"Indices": ["Search"]</c>, or <c>"IncludeAll": true</c>.</summary>
public static class IndexNames
{
    public static IReadOnlyList<string> Read(RecipeStepContext context, LuceneIndexSettingsDocument document)
    {
        if (RecipeParser.Property(context.Step, "IncludeAll") is JsonValue all && all.GetValueKind() == JsonValueKind.True)
        {
            return [.. document.Indices.Keys];
        }

        if (RecipeParser.Property(context.Step, "Indices") is not JsonArray names || names.Any(n => n is not JsonValue v || v.GetValueKind() != JsonValueKind.String))
        {
            throw new RecipeException("The step names its indexes in \"Indices\": [\"Search\"] (or says \"IncludeAll\": true).");
        }

        var result = names.Select(n => n!.GetValue<string>()).ToList();
        if (result.FirstOrDefault(n => !document.Indices.ContainsKey(n)) is { } unknown)
        {
            throw new RecipeException($"There is no index '{unknown}': create it with a lucene-index step first.");
        }

        return result;
    }
}
