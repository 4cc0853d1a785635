using System.Text.Json.Nodes;
using ETamkeen.Contents.Handlers;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Parts;

/// <summary>
/// <c>TaxonomyPart {Terms, TermContentType}</c>: the terms are content items nested in the
/// taxonomy (with their own <c>Terms</c>), as in Orchard. Each gets an id and a display text.
/// </summary>
public sealed class TaxonomyPartHandler(IStringLocalizer<TaxonomyPartHandler> t) : IContentPartHandler
{
    public string PartName => "TaxonomyPart";

    public Task UpdatingAsync(ContentUpdateContext context, TypePartDefinition definition, JsonObject part)
    {
        if (JsonValues.IsMissing(part["Terms"]))
        {
            part["Terms"] = new JsonArray();
        }
        else if (part["Terms"] is JsonArray terms)
        {
            Normalize(context, terms, JsonValues.Text(part, "TermContentType"), "TaxonomyPart.Terms", depth: 0);
        }
        else
        {
            context.Error("TaxonomyPart.Terms", t["Terms must be a list of term items."]);
        }

        return Task.CompletedTask;
    }

    private void Normalize(ContentUpdateContext context, JsonArray terms, string? termType, string key, int depth)
    {
        if (depth > 10)
        {
            context.Error(key, t["Terms are nested more than {0} levels deep.", 10]);
            return;
        }

        foreach (var node in terms)
        {
            if (node is not JsonObject term)
            {
                context.Error(key, t["Each term is a content item (a JSON object)."]);
                continue;
            }

            if (!JsonValues.TryString(term["ContentItemId"], out var id) || (id is not null && !ContentIds.IsValid(id)))
            {
                context.Error(key, t["A term's ContentItemId is an id of letters and digits."]);
                continue;
            }

            term["ContentItemId"] = id ?? ContentIds.New();
            term["ContentType"] ??= termType;
            var title = term["TitlePart"]?["Title"]?.ToString();
            if (!string.IsNullOrEmpty(title))
            {
                term["DisplayText"] = title;
            }

            if (term["Terms"] is JsonArray children)
            {
                Normalize(context, children, termType, key, depth + 1);
            }
        }
    }
}
