using System.Text.Json.Nodes;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using ETamkeen.Recipes;

namespace ETamkeen.Contents.Recipes;

/// <summary>
/// Orchard's <c>content</c> step: <c>{"name": "content", "data": [items]}</c>. Items keep their
/// ids and flags; an item of a type this tenant doesn't define is skipped with a warning; an
/// item that fails validation stops the recipe, naming the item and the fields.
/// </summary>
public sealed class ContentStep(IContentManager contents, IContentDefinitionManager definitions) : IRecipeStepHandler
{
    public IEnumerable<string> Names => ["content"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (RecipeParser.Property(context.Step, "data") is not JsonArray items)
        {
            throw new RecipeException("A content step holds its items in a \"data\" array.");
        }

        for (var i = 0; i < items.Count; i++)
        {
            var (item, error) = ContentJson.Read(items[i]);
            if (item is null)
            {
                throw new RecipeException($"Item {i}: {error}");
            }

            if (await definitions.GetTypeAsync(item.ContentType) is null)
            {
                context.Warnings.Add($"item {i} ({item.ContentType} '{item.DisplayText}') skipped: this site has no content type '{item.ContentType}'.");
                continue;
            }

            var result = await contents.ImportAsync(item);
            if (!result.Succeeded)
            {
                throw new RecipeException($"Item {i} ({item.ContentType} '{item.DisplayText}'): "
                    + string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
            }
        }
    }
}
