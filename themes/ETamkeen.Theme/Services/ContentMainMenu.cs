using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Contents.Indexes;
using ETamkeen.Data;
using Microsoft.AspNetCore.Http;

namespace ETamkeen.Theme.Services;

/// <summary>
/// The published Menu item with the alias <c>main-menu</c>, in Orchard's shape: its
/// <c>MenuItemsListPart.MenuItems</c> are <c>LinkMenuItem</c>s (<c>LinkMenuItemPart.Url</c>,
/// <c>~/</c> for the tenant's root) or <c>ContentMenuItem</c>s picking an item with a path
/// (<c>ContentMenuItemPart.SelectedContentItem.ContentItemIds</c>).
/// </summary>
public sealed class ContentMainMenu(IDocumentSession session, MainMenuCache cache) : IMainMenuSource
{
    public const string Alias = "main-menu";

    public async Task<IReadOnlyList<MenuLink>?> GetAsync(HttpContext context, string culture)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        if (cache.TryGet(culture, pathBase, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        var links = await ReadAsync(context, culture);
        cache.Set(culture, pathBase, links, generation);
        return links;
    }

    private async Task<IReadOnlyList<MenuLink>?> ReadAsync(HttpContext context, string culture)
    {
        var menu = (await session.QueryAsync<ContentItem, AliasPartIndex>(
            "i.\"Alias\" = @alias AND i.\"Published\" = @yes", new { alias = Alias, yes = true }, take: 1, cancellationToken: context.RequestAborted)).FirstOrDefault();
        if (menu?.Content["MenuItemsListPart"]?["MenuItems"] is not JsonArray items)
        {
            return null;
        }

        var links = new List<MenuLink>();
        foreach (var item in items.OfType<JsonObject>())
        {
            var text = Text(item, "DisplayText") ?? Text(item["LinkMenuItemPart"], "Name");
            var href = await HrefAsync(item, context, culture);
            if (!string.IsNullOrWhiteSpace(text) && href is not null)
            {
                links.Add(new MenuLink(text, href));
            }
        }

        return links;
    }

    private async Task<string?> HrefAsync(JsonObject item, HttpContext context, string culture)
    {
        if (Text(item["LinkMenuItemPart"], "Url") is { Length: > 0 } url)
        {
            return url.StartsWith("~/", StringComparison.Ordinal) ? $"{context.Request.PathBase}{url[1..]}" : url;
        }

        // A content link follows its item's path, in the page's culture.
        if (item["ContentMenuItemPart"]?["SelectedContentItem"]?["ContentItemIds"]?[0] is JsonValue selected && selected.TryGetValue<string>(out var id))
        {
            var target = (await session.QueryAsync<ContentItem, ContentItemIndex>(
                "i.\"ContentItemId\" = @id AND i.\"Published\" = @yes", new { id, yes = true }, take: 1, cancellationToken: context.RequestAborted)).FirstOrDefault();
            if (target?.Text("AutoroutePart", "Path") is { Length: > 0 } path)
            {
                return $"{context.Request.PathBase}/{culture}/{path}";
            }
        }

        return null;
    }

    private static string? Text(JsonNode? node, string property) =>
        node?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
