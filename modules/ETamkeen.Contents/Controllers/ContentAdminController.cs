using ETamkeen.Contents.Admin;
using ETamkeen.Contents.Indexes;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Security;
using ETamkeen.Contents.Services;
using ETamkeen.Contents.ViewModels;
using ETamkeen.Data;
using ETamkeen.Security;
using ETamkeen.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Controllers;

/// <summary>
/// The generic admin for any content type: list, editor generated from the definition, versions.
/// Each action asks <see cref="ContentAuthorizer"/> about the item, so an Author edits only their own.
/// </summary>
[Authorize(Policy = SystemPrincipal.AdminPolicy)]
[AutoValidateAntiforgeryToken]
[Route("admin/contents")]
public sealed class ContentAdminController(
    IContentManager contents,
    IContentDefinitionManager definitions,
    IDocumentSession session,
    ContentEditorService editors,
    ContentDisplayBuilder display,
    ContentAuthorizer authorizer,
    IAuthorizationService authorization,
    ISiteService site,
    Translations.TranslationPanelBuilder translationPanel,
    IStringLocalizer<ContentAdminController> t) : Controller
{
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> List(string? type, string? status, string? culture, string? owner, string? q, int page = 1)
    {
        page = Math.Clamp(page, 1, 10_000);
        if (!await authorization.HasPermissionAsync(User, Permissions.ListContent))
        {
            return Forbid();
        }

        // Without the right to edit others' items, the list is the user's own.
        if (!await authorization.HasPermissionAsync(User, Permissions.EditContent))
        {
            owner = ContentAuthorizer.UserId(User) ?? "";
        }

        var (items, total) = await ContentListQuery.RunAsync(session, new ContentFilter(type, status, q, owner, culture), (page - 1) * PageSize, PageSize);
        var types = await definitions.ListTypesAsync();
        return View(new ContentListViewModel
        {
            Items = items,
            Types = [.. types.Select(x => (x.Name, x.DisplayName, x.Creatable))],
            Total = total,
            Page = page,
            PageSize = PageSize,
            Type = type,
            Status = status,
            Culture = culture,
            Owner = owner,
            Query = q,
            Cultures = (await site.GetAsync()).SupportedCultures,
        });
    }

    [HttpGet("create/{type}")]
    public async Task<IActionResult> Create(string type)
    {
        if (await definitions.GetTypeAsync(type) is not { } definition)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, Permissions.EditContent, type))
        {
            return Forbid();
        }

        return await EditorAsync(await contents.NewAsync(type), definition, new Dictionary<string, string[]>());
    }

    [HttpPost("create/{type}")]
    public async Task<IActionResult> CreatePost(string type, [FromForm(Name = "submit.action")] string? action)
    {
        if (await definitions.GetTypeAsync(type) is not { } definition)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, Permissions.EditContent, type)
            || (action == "publish" && !await authorizer.CanAsync(User, Permissions.PublishContent, type)))
        {
            return Forbid();
        }

        var item = await contents.NewAsync(type);
        var formErrors = new ContentResult();
        editors.Apply(Request.Form, item, definition, formErrors);
        if (!formErrors.Succeeded)
        {
            return await EditorAsync(item, definition, formErrors.Errors, StatusCodes.Status400BadRequest);
        }

        var result = await contents.CreateAsync(item, publish: action == "publish");
        if (!result.Succeeded)
        {
            return await EditorAsync(item, definition, result.Errors, StatusCodes.Status400BadRequest);
        }

        TempData["Notice"] = action == "publish" ? t["Published."].Value : t["Saved as a draft."].Value;
        return RedirectToAction(nameof(Edit), new { id = item.ContentItemId });
    }

    /// <param name="source">An item of the same translation set to show beside the editor.</param>
    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, string? source)
    {
        if (await contents.GetAsync(id, VersionOptions.Latest) is not { } item || await definitions.GetTypeAsync(item.ContentType) is not { } definition)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, Permissions.EditContent, item))
        {
            return Forbid();
        }

        return await EditorAsync(item, definition, new Dictionary<string, string[]>(), source: source);
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> EditPost(string id, [FromForm(Name = "submit.action")] string? action, [FromForm] string? contentItemVersionId, [FromQuery] string? source)
    {
        if (await contents.GetAsync(id, VersionOptions.Latest) is not { } latest || await definitions.GetTypeAsync(latest.ContentType) is not { } definition)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, Permissions.EditContent, latest)
            || (action == "publish" && !await authorizer.CanAsync(User, Permissions.PublishContent, latest)))
        {
            return Forbid();
        }

        var item = latest.Clone();
        item.ContentItemVersionId = contentItemVersionId ?? "";
        var formErrors = new ContentResult();
        editors.Apply(Request.Form, item, definition, formErrors);
        if (!formErrors.Succeeded)
        {
            return await EditorAsync(item, definition, formErrors.Errors, StatusCodes.Status400BadRequest, source);
        }

        try
        {
            var result = await contents.UpdateAsync(item, publish: action == "publish");
            if (!result.Succeeded)
            {
                return await EditorAsync(item, definition, result.Errors, StatusCodes.Status400BadRequest, source);
            }
        }
        catch (ConcurrencyException)
        {
            var stale = new Dictionary<string, string[]> { [""] = [t["Someone else changed this item since you opened it. Reload the page to see their changes; yours were not saved."].Value] };
            return await EditorAsync(item, definition, stale, StatusCodes.Status409Conflict, source);
        }

        TempData["Notice"] = action == "publish" ? t["Published."].Value : t["Saved as a draft."].Value;
        return RedirectToAction(nameof(Edit), new { id, source });
    }

    [HttpPost("{id}/publish")]
    public Task<IActionResult> Publish(string id) => ActAsync(id, Permissions.PublishContent, async item => await contents.PublishAsync(item), t["Published."]);

    [HttpPost("{id}/unpublish")]
    public Task<IActionResult> Unpublish(string id) => ActAsync(id, Permissions.PublishContent, contents.UnpublishAsync, t["Unpublished: the page is no longer public."]);

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        if (await contents.GetAsync(id, VersionOptions.Latest) is not { } item)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, Permissions.DeleteContent, item))
        {
            return Forbid();
        }

        await contents.RemoveAsync(item);
        TempData["Notice"] = t["Deleted."].Value;
        return RedirectToAction(nameof(List));
    }

    [HttpPost("{id}/clone")]
    public async Task<IActionResult> Clone(string id)
    {
        if (await contents.GetAsync(id, VersionOptions.Latest) is not { } item)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, Permissions.EditContent, item) || !await authorizer.CanAsync(User, Permissions.EditContent, item.ContentType))
        {
            return Forbid();
        }

        var result = await contents.CloneAsync(item);
        TempData["Notice"] = t["Copied as a new draft."].Value;
        return RedirectToAction(nameof(Edit), new { id = result.Item!.ContentItemId });
    }

    [HttpGet("{id}/versions")]
    public async Task<IActionResult> Versions(string id)
    {
        var versions = await contents.GetVersionsAsync(id);
        if (versions.Count == 0)
        {
            return NotFound();
        }

        return await authorizer.CanAsync(User, Permissions.EditContent, versions[^1]) ? View(versions) : Forbid();
    }

    [HttpPost("versions/{versionId}/restore")]
    public async Task<IActionResult> Restore(string versionId)
    {
        if (await contents.GetVersionAsync(versionId) is not { } version)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, Permissions.EditContent, await contents.GetAsync(version.ContentItemId, VersionOptions.Latest) ?? version))
        {
            return Forbid();
        }

        await contents.RestoreAsync(versionId, publish: false);
        TempData["Notice"] = t["The version was restored as a draft."].Value;
        return RedirectToAction(nameof(Edit), new { id = version.ContentItemId });
    }

    [HttpGet("{id}/preview")]
    public async Task<IActionResult> Preview(string id)
    {
        if (await contents.GetAsync(id, VersionOptions.Latest) is not { } item || await definitions.GetTypeAsync(item.ContentType) is not { } type)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, Permissions.EditContent, item))
        {
            return Forbid();
        }

        var settings = await site.GetAsync();
        ViewData["Title"] = item.DisplayText;
        ViewData["SiteName"] = settings.SiteName;
        ViewData["Culture"] = settings.DefaultCulture;

        // A preview must not be indexed or cached as the public page.
        Response.Headers["X-Robots-Tag"] = "noindex";
        Response.Headers.CacheControl = "no-store";
        return View("~/Views/ContentDisplay/Display.cshtml", new ContentDisplayViewModel { Item = item, Culture = settings.DefaultCulture, Sections = display.Build(item, type) });
    }

    private async Task<IActionResult> ActAsync(string id, Permission permission, Func<ContentItem, Task> act, LocalizedString notice)
    {
        if (await contents.GetAsync(id, VersionOptions.Latest) is not { } item)
        {
            return NotFound();
        }

        if (!await authorizer.CanAsync(User, permission, item))
        {
            return Forbid();
        }

        await act(item);
        TempData["Notice"] = notice.Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<IActionResult> EditorAsync(ContentItem item, ContentTypeDefinition type, IDictionary<string, string[]> errors, int status = StatusCodes.Status200OK, string? source = null)
    {
        var settings = await site.GetAsync();
        var cultures = settings.SupportedCultures;
        var published = string.IsNullOrEmpty(item.ContentItemId) ? null : await contents.GetAsync(item.ContentItemId, VersionOptions.Published);
        var model = new ContentEditorViewModel
        {
            ContentType = type.Name,
            TypeDisplayName = type.DisplayName,
            ContentItemId = item.Id == 0 && published is null && item.ContentItemVersionId.Length == 0 ? null : item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            Published = published is not null,
            HasDraft = !item.Published,
            Draftable = type.Draftable,
            PublicPath = published?.Text("AutoroutePart", "Path"),
            Groups = editors.Build(item, type, errors, cultures),
            GeneralErrors = [.. errors.Where(e => e.Key.Length == 0 || e.Key == nameof(ContentItem.ContentItemId)).SelectMany(e => e.Value)],
            Translations = published is null && item.Id == 0 && item.ContentItemVersionId.Length == 0 ? null : await translationPanel.BuildAsync(User, item, type, settings, source),
        };
        Response.StatusCode = status;
        return View("Edit", model);
    }
}
