using System.Text.Json.Nodes;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using ETamkeen.Recipes;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Recipes;

/// <summary>
/// Orchard's <c>content</c> step: <c>{"name": "content", "data": [items]}</c>. Items keep their
/// ids and flags; an item of a type this tenant doesn't define is skipped with a warning; an
/// item that fails validation stops the recipe, naming the item and the fields.
/// </summary>
public sealed class ContentStep(IContentManager contents, IContentDefinitionManager definitions, IStringLocalizer<ContentStep> t) : IRecipeStepHandler
{
    public IEnumerable<string> Names => ["content"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (RecipeParser.Property(context.Step, "data") is not JsonArray items)
        {
            throw new RecipeException(t["A content step holds its items in a {0} array.", "\"data\""]);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var (item, error) = ContentJson.Read(items[i]);
            if (item is null)
            {
                throw new RecipeException(t["Item {0}: {1}", i, error ?? ""]);
            }

            if (await definitions.GetTypeAsync(item.ContentType) is null)
            {
                context.Warnings.Add(t["item {0} ({1} '{2}') skipped: this site has no content type '{1}'.", i, item.ContentType, item.DisplayText]);
                continue;
            }

            var result = await contents.ImportAsync(item);
            if (!result.Succeeded)
            {
                throw new RecipeException(t["Item {0} ({1} '{2}'): {3}", i, item.ContentType, item.DisplayText,
                    string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))]);
            }
        }
    }
}
