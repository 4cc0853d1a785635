using System.Globalization;
using System.Text.Json.Nodes;
using ETamkeen.Contents.Indexes;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using ETamkeen.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ETamkeen.Contents.Display;

/// <summary>
/// Lays out items for views: the page's item (its shapes placed in zones, with the layout view
/// to render them) and other items as summaries (picked items, a list's items). Scoped: it
/// counts how deep summaries nest in one page, so that items picking each other can't recurse.
/// </summary>
public sealed class ContentShapeRenderer(
    PlacementsManager placements,
    ShapeViewResolver views,
    ContentDisplayBuilder builder,
    IContentDefinitionManager definitions,
    IDocumentSession session)
{
    /// <summary>Summaries shown at most by one field or list: a page is not a search result.</summary>
    public const int MaxSummaries = 20;
    private const int MaxDepth = 2;
    private int _depth;

    public async Task<ContentLayoutViewModel?> LayoutAsync(ContentItem item, IReadOnlyList<ContentShape> shapes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(shapes);
        var type = shapes.Count > 0 ? shapes[0].Type : await definitions.GetTypeAsync(item.ContentType);
        var displayType = shapes.Count > 0 ? shapes[0].DisplayType : DisplayTypes.Detail;
        if (type is null || views.Layout(type.Name, displayType) is not { } layout)
        {
            return null;
        }

        var document = await placements.GetAsync(cancellationToken);
        return new ContentLayoutViewModel
        {
            Item = item,
            Type = type,
            DisplayType = displayType,
            Zones = PlacementArranger.Arrange(shapes, type, displayType, document, views),
            ViewPath = layout,
        };
    }

    /// <summary>The published items with these ids, in that order, each as its Summary layout.</summary>
    public async Task<IHtmlContent> SummariesAsync(IHtmlHelper html, IEnumerable<string> contentItemIds)
    {
        ArgumentNullException.ThrowIfNull(contentItemIds);
        var ids = contentItemIds.Distinct(StringComparer.Ordinal).Take(MaxSummaries).ToList();
        if (ids.Count == 0)
        {
            return HtmlString.Empty;
        }

        // One query for all: a parameter per id, named here, so the SQL holds no input.
        var parameters = new Dictionary<string, object> { ["yes"] = true };
        for (var i = 0; i < ids.Count; i++)
        {
            parameters["id" + i.ToString(CultureInfo.InvariantCulture)] = ids[i];
        }

        var found = await session.QueryAsync<ContentItem, ContentItemIndex>(
            $"i.\"ContentItemId\" IN ({string.Join(", ", parameters.Keys.Skip(1).Select(name => "@" + name))}) AND i.\"Published\" = @yes", parameters, take: MaxSummaries);
        return await RenderSummariesAsync(html, [.. found.OrderBy(item => ids.IndexOf(item.ContentItemId))]);
    }

    /// <summary>The published items of a list (ListPart), in their order, as summaries.</summary>
    public async Task<IHtmlContent> ContainedAsync(IHtmlHelper html, string listContentItemId)
    {
        var items = await session.QueryAsync<ContentItem, ContainedPartIndex>(
            "i.\"ListContentItemId\" = @list AND i.\"Published\" = @yes", new { list = listContentItemId, yes = true }, orderBy: "i.\"Order\"", take: MaxSummaries);
        return await RenderSummariesAsync(html, items);
    }

    /// <summary>The display texts of chosen terms, found in their taxonomy's published version.</summary>
    public async Task<IReadOnlyList<string>> TermNamesAsync(string? taxonomyContentItemId, IReadOnlyList<string> termIds)
    {
        if (string.IsNullOrEmpty(taxonomyContentItemId) || termIds.Count == 0)
        {
            return [];
        }

        var taxonomy = (await session.QueryAsync<ContentItem, ContentItemIndex>("i.\"ContentItemId\" = @id AND i.\"Published\" = @yes", new { id = taxonomyContentItemId, yes = true }, take: 1)).FirstOrDefault();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(taxonomy?.Content["TaxonomyPart"]?["Terms"] as JsonArray, names, 0);
        return [.. termIds.Select(id => names.GetValueOrDefault(id)).OfType<string>()];
    }

    private async Task<IHtmlContent> RenderSummariesAsync(IHtmlHelper html, IReadOnlyList<ContentItem> items)
    {
        ArgumentNullException.ThrowIfNull(html);
        var output = new HtmlContentBuilder();
        if (_depth >= MaxDepth)
        {
            return output;
        }

        _depth++;
        try
        {
            foreach (var item in items)
            {
                if (await definitions.GetTypeAsync(item.ContentType) is { } type
                    && await LayoutAsync(item, builder.Build(item, type, DisplayTypes.Summary)) is { } layout)
                {
                    output.AppendHtml(await html.PartialAsync(layout.ViewPath, layout));
                }
            }
        }
        finally
        {
            _depth--;
        }

        return output;
    }

    private static void Collect(JsonArray? terms, Dictionary<string, string> names, int depth)
    {
        if (terms is null || depth > 10)
        {
            return;
        }

        foreach (var term in terms.OfType<JsonObject>())
        {
            if (term["ContentItemId"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && term["DisplayText"]?.GetValueKind() == System.Text.Json.JsonValueKind.String)
            {
                names[term["ContentItemId"]!.GetValue<string>()] = term["DisplayText"]!.GetValue<string>();
            }

            Collect(term["Terms"] as JsonArray, names, depth + 1);
        }
    }
}
