using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Recipes;
using ETamkeen.Search.Indexing;
using ETamkeen.Search.Models;
using ETamkeen.Search.Services;

namespace ETamkeen.Search.Recipes;

/// <summary>
/// Orchard's <c>lucene-index</c> step and its later name <c>LuceneIndexSettings</c>:
/// <c>{"Indices": [{"Search": {"AnalyzerName": "standardanalyzer", "IndexedContentTypes": [...]}}]}</c>
/// (an object of indexes by name is accepted too), plus our <c>Facets</c>. Each index is saved
/// and built from the content already there; a bad index fails the step, naming it.
/// </summary>
public sealed class LuceneIndexStep(LuceneIndexSettingsManager indexes, LuceneIndexer indexer) : IRecipeStepHandler
{
    public IEnumerable<string> Names => ["lucene-index", "LuceneIndexSettings"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var entries = RecipeParser.Property(context.Step, "Indices") switch
        {
            JsonArray array => array.Select((e, i) => e as JsonObject ?? throw new RecipeException($"Indices[{i}] is not an object of indexes by name."))
                .SelectMany(o => o),
            JsonObject byName => byName,
            _ => throw new RecipeException("The step lists its indexes in \"Indices\": [{\"Name\": {\"AnalyzerName\": ..., \"IndexedContentTypes\": [...]}}]."),
        };

        foreach (var (name, node) in entries.ToList())
        {
            var settings = Read(name, node);
            if (LuceneIndexSettingsManager.Problem(name, settings) is { } problem)
            {
                throw new RecipeException($"Index '{name}': {problem}");
            }

            await indexes.SaveAsync(name, settings, cancellationToken);
            await indexer.RebuildAsync(name, settings, cancellationToken);
        }
    }

    /// <summary>One index's settings, property names in any case.</summary>
    public static LuceneIndexSettings Read(string name, JsonNode? node)
    {
        if (node is not JsonObject json)
        {
            throw new RecipeException($"Index '{name}': its settings are an object such as {{\"AnalyzerName\": \"french\", \"IndexedContentTypes\": [\"Article\"]}}.");
        }

        return new LuceneIndexSettings
        {
            AnalyzerName = Text(json, name, "AnalyzerName") ?? "standard",
            Culture = Text(json, name, "Culture") ?? "any",
            IndexLatest = RecipeParser.Property(json, "IndexLatest") is JsonValue latest && latest.GetValueKind() == JsonValueKind.True,
            IndexedContentTypes = RecipeParser.Property(json, "IndexedContentTypes") switch
            {
                null => [],
                JsonArray types when types.All(t => t is JsonValue v && v.GetValueKind() == JsonValueKind.String) => [.. types.Select(t => t!.GetValue<string>())],
                _ => throw new RecipeException($"Index '{name}': IndexedContentTypes is a list of content type names."),
            },
            Facets = RecipeParser.Property(json, "Facets") switch
            {
                null => new(StringComparer.Ordinal),
                JsonObject facets when facets.All(f => f.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String) =>
                    facets.ToDictionary(f => f.Key, f => f.Value!.GetValue<string>(), StringComparer.Ordinal),
                _ => throw new RecipeException($"Index '{name}': Facets is an object of facet names to sources, e.g. {{\"axis\": \"LibraryEntry.Axis\"}}."),
            },
        };
    }

    private static string? Text(JsonObject json, string name, string property) => RecipeParser.Property(json, property) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Null => null,
        _ => throw new RecipeException($"Index '{name}': {property} is a string."),
    };
}
