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
/// <remarks>
/// Only what every page view uses is injected; what a redirect, a Securable type or a cache
/// miss needs is resolved then, since each resolution in the tenant's scope costs a request.
/// </remarks>
public sealed class ContentDisplayController(
    Handlers.ContentPageCache pages,
    IContentDefinitionManager definitions,
    ContentDisplayBuilder display,
    Display.ContentShapeRenderer shapes,
    ISiteService site,
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
        if (type.Securable && !await HttpContext.RequestServices.GetRequiredService<Security.ContentAuthorizer>().CanAsync(User, Permissions.ViewContent, item))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        if (item.Text("LocalizationPart", "LocalizationSet") is { Length: > 0 } set && match.Culture.Length > 0)
        {
            var translations = await HttpContext.RequestServices.GetRequiredService<Translations.ContentTranslations>().PublishedPathsAsync(set, HttpContext.RequestAborted);

            // The path is another culture's page, and this culture has its own translation elsewhere: go there.
            if (!string.Equals(match.Culture, culture, StringComparison.OrdinalIgnoreCase) && translations.TryGetValue(culture, out var translated))
            {
                return Redirect($"{Request.PathBase}/{culture}/{translated}");
            }

            ViewData[ETamkeen.Localization.PageTranslations.ViewDataKey] = translations;
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
    /// The published items at a path with their documents: from the shell's page cache, else
    /// in one query, so that a page view is at most one round trip to the database.
    /// </summary>
    private async Task<IReadOnlyList<Handlers.ContentPathRow>> FindAsync(string? path)
    {
        var normalized = (path ?? "").Trim('/');
        if (normalized.Length == 0)
        {
            return [];
        }

        if (pages.TryGet(normalized, out var cached))
        {
            return cached;
        }

        var generation = pages.Generation;
        await using var connection = await HttpContext.RequestServices.GetRequiredService<IDbConnectionFactory>().OpenAsync(HttpContext.RequestAborted);
        var rows = await Dapper.SqlMapper.QueryAsync<PathRow>(connection,
            "SELECT i.\"ContentItemId\", i.\"Culture\", i.\"IsPrevious\", d.\"Id\" AS \"DocumentId\", d.\"Content\", d.\"Version\" "
            + "FROM \"AutoroutePartIndex\" i INNER JOIN \"Document\" d ON d.\"Id\" = i.\"DocumentId\" "
            + "WHERE i.\"Path\" = @path AND i.\"Published\" = @yes",
            new { path = normalized, yes = true });
        IReadOnlyList<Handlers.ContentPathRow> found = [.. rows.Select(r => new Handlers.ContentPathRow(r.ContentItemId, r.Culture, r.IsPrevious, r.DocumentId, r.Content, r.Version))];
        pages.TryAdd(normalized, found, generation);
        return found;
    }

    private sealed class PathRow
    {
        public string ContentItemId { get; set; } = "";
        public string Culture { get; set; } = "";
        public bool IsPrevious { get; set; }
        public long DocumentId { get; set; }
        public string Content { get; set; } = "";
        public int Version { get; set; }
    }

    private async Task<string?> CurrentPathAsync(string contentItemId) =>
        (await HttpContext.RequestServices.GetRequiredService<ContentQueries>().PublishedAsync(contentItemId))?.Text("AutoroutePart", "Path");
}
