using ETamkeen.Contents.Display;
using ETamkeen.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Templates;

public sealed class PlacementsEditViewModel
{
    public string Placements { get; init; } = "";
}

/// <summary>
/// The tenant's placement rules, beside the templates: one JSON object in Orchard's format,
/// edited whole and checked by the same parser as the <c>Placements</c> step.
/// </summary>
[Authorize(Policy = SystemPrincipal.AdminPolicy)]
[AutoValidateAntiforgeryToken]
[Route("admin/templates/placements")]
public sealed class PlacementsAdminController(PlacementsManager placements, IStringLocalizer<PlacementsAdminController> t) : Controller
{
    public const string ViewPath = "~/Views/TemplatesAdmin/Placements.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Edit() =>
        View(ViewPath, new PlacementsEditViewModel { Placements = PlacementParser.ToText((await placements.GetAsync()).Placements) });

    [HttpPost("")]
    public async Task<IActionResult> Save([FromForm(Name = "placements")] string? json)
    {
        var warnings = new List<string>();
        Dictionary<string, List<PlacementRule>> rules;
        try
        {
            rules = PlacementParser.Parse(json ?? "", warnings);
        }
        catch (PlacementException e)
        {
            ModelState.AddModelError("placements", t["The placements can't be used: {0}", e.Message]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(ViewPath, new PlacementsEditViewModel { Placements = json ?? "" });
        }

        await placements.ReplaceAsync(rules);
        TempData["Notice"] = warnings.Count == 0 ? t["Placements saved."].Value : t["Placements saved. Ignored: {0}", string.Join(" ", warnings)].Value;
        return RedirectToAction(nameof(Edit));
    }
}
