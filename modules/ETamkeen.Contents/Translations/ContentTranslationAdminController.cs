using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Security;
using ETamkeen.Localization;
using ETamkeen.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Translations;

/// <summary>
/// "Translate into …" on the editor: creates the linked draft (or finds the translation there
/// already) and opens it beside its source. A refusal goes back to the source's editor with the reason.
/// </summary>
[Authorize(Policy = SystemPrincipal.AdminPolicy)]
[AutoValidateAntiforgeryToken]
[Route("admin/contents")]
public sealed class ContentTranslationAdminController(
    IContentManager contents,
    IContentDefinitionManager definitions,
    ContentAuthorizer authorizer,
    ContentTranslator translator,
    IStringLocalizer<ContentTranslationAdminController> t) : Controller
{
    [HttpPost("{id}/translate")]
    public async Task<IActionResult> Translate(string id, [FromForm] string? culture)
    {
        if (await contents.GetAsync(id, VersionOptions.Latest) is not { } source || await definitions.GetTypeAsync(source.ContentType) is not { } type)
        {
            return NotFound();
        }

        // A translation is a new item of the type: the rights to edit the source and to create one.
        if (!await authorizer.CanAsync(User, Permissions.EditContent, source) || !await authorizer.CanAsync(User, Permissions.EditContent, source.ContentType))
        {
            return Forbid();
        }

        var outcome = await translator.TranslateAsync(source, type, culture, HttpContext.RequestAborted);
        if (outcome.Translation is null)
        {
            TempData["Error"] = outcome.Error;
            return RedirectToAction("Edit", "ContentAdmin", new { id });
        }

        var language = PortalCultures.NativeName(ContentTranslator.CultureOf(outcome.Translation, ""));
        TempData["Notice"] = outcome.Existed
            ? t["This item has a translation into {0} already: here it is.", language].Value
            : t["Translation into {0} created as a draft from the original: translate the texts beside it, then publish.", language].Value;
        return RedirectToAction("Edit", "ContentAdmin", new { id = outcome.Translation.ContentItemId, source = id });
    }
}
