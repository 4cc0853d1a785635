using ETamkeen.Contents.Indexes;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using ETamkeen.Contents.ViewModels;
using ETamkeen.Data;
using ETamkeen.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Contents.Controllers;

/// <summary>
/// Public pages by Autoroute path: <c>/{culture}/{path}</c>. Only published versions are
/// served; a former path redirects permanently; <c>/{path}</c> goes to the default culture.
/// </summary>
public sealed class ContentDisplayController(
    ContentQueries queries,
    IContentDefinitionManager definitions,
    ContentDisplayBuilder display,
    Display.ContentShapeRenderer shapes,
    ISiteService site,
    Security.ContentAuthorizer authorizer,
    Templates.TemplatedDisplay templates) : Controller
{
    [HttpGet("{culture:regex(^(fr|ar|en)$)}/{**path}", Order = 1000)]
    [OutputCache(PolicyName = Handlers.ContentOutputCache.Policy)]
    public async Task<IActionResult> Display(string culture, string? path)
    {
        var rows = await FindAsync(path);
        var match = rows.Where(r => !r.IsPrevious).OrderByDescending(r => r.Culture == culture).FirstOrDefault();
        if (match is null)
        {
            var moved = rows.FirstOrDefault(r => r.IsPrevious);
            if (moved is not null && await CurrentPathAsync(moved.ContentItemId) is { } current)
            {
                return RedirectPermanent($"{Request.PathBase}/{culture}/{current}");
            }

            return NotFound();
        }

        var item = match.Item();
        if (!item.Published || await definitions.GetTypeAsync(item.ContentType) is not { } type)
        {
            return NotFound();
        }

        // Only a Securable type's pages are restricted: everything else is public once published.
        if (type.Securable && !await authorizer.CanAsync(User, Permissions.ViewContent, item))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        var settings = await site.GetAsync();
        ViewData["Title"] = item.DisplayText;
        ViewData["SiteName"] = settings.SiteName;
        ViewData["Culture"] = culture;
        var model = new ContentDisplayViewModel { Item = item, Culture = culture, Sections = display.Build(item, type) };

        // An admin's Content__{Type} Liquid template replaces the default display when it renders.
        if (await templates.DisplayAsync(this, model) is { } templated)
        {
            return templated;
        }

        // The layout view is the page itself: one view fewer to find and run per request.
        var layout = await shapes.LayoutAsync(item, model.Sections, HttpContext.RequestAborted);
        return layout is null ? View("~/Views/ContentDisplay/Display.cshtml", model) : View(layout.ViewPath, layout);
    }

    [HttpGet("{**path}", Order = 1001)]
    public async Task<IActionResult> ToDefaultCulture(string? path)
    {
        if (string.IsNullOrEmpty(path) || (await FindAsync(path)).Count == 0)
        {
            return NotFound();
        }

        var settings = await site.GetAsync();
        return Redirect($"{Request.PathBase}/{settings.DefaultCulture}/{path}");
    }

    /// <summary>
    /// The published items at a path with their documents, in one query: a page view is one
    /// round trip to the database before rendering.
    /// </summary>
    private async Task<IReadOnlyList<PathRow>> FindAsync(string? path)
    {
        var normalized = (path ?? "").Trim('/');
        if (normalized.Length == 0)
        {
            return [];
        }

        await using var connection = await HttpContext.RequestServices.GetRequiredService<IDbConnectionFactory>().OpenAsync(HttpContext.RequestAborted);
        var rows = await Dapper.SqlMapper.QueryAsync<PathRow>(connection,
            "SELECT i.\"ContentItemId\", i.\"Culture\", i.\"IsPrevious\", d.\"Id\" AS \"DocumentId\", d.\"Content\", d.\"Version\" "
            + "FROM \"AutoroutePartIndex\" i INNER JOIN \"Document\" d ON d.\"Id\" = i.\"DocumentId\" "
            + "WHERE i.\"Path\" = @path AND i.\"Published\" = @yes",
            new { path = normalized, yes = true });
        return [.. rows];
    }

    private sealed class PathRow
    {
        public string ContentItemId { get; set; } = "";
        public string Culture { get; set; } = "";
        public bool IsPrevious { get; set; }
        public long DocumentId { get; set; }
        public string Content { get; set; } = "";
        public int Version { get; set; }

        public ContentItem Item()
        {
            var item = DocumentSerializer.Deserialize<ContentItem>(Content);
            item.Id = DocumentId;
            item.Version = Version;
            return item;
        }
    }

    private async Task<string?> CurrentPathAsync(string contentItemId) =>
        (await queries.PublishedAsync(contentItemId))?.Text("AutoroutePart", "Path");
}
