using ETamkeen.Features.Services;
using ETamkeen.Features.ViewModels;
using ETamkeen.Modules;
using ETamkeen.Security;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Features.Controllers;

/// <summary>The tenant's features by category, switched on and off with their dependencies and dependants.</summary>
[Permission("ManageFeatures")]
[AutoValidateAntiforgeryToken]
[Route("admin/features")]
public sealed class FeaturesAdminController(TenantFeatures features, IModuleCatalog catalog, IStringLocalizer<FeaturesAdminController> t) : Controller
{
    /// <summary>
    /// This page is served by this module inside the admin theme, which needs sign-in: switching
    /// any of them off from here would shut the administrator out of the page (the API still can).
    /// </summary>
    private static readonly string[] PageFeatures = ["ETamkeen.Features", "ETamkeen.Admin"];

    [HttpGet("")]
    public IActionResult Index() => List(null);

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id) =>
        features.Find(id) is { } feature ? await SwitchAsync(feature, enable: true) : NotFound();

    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id)
    {
        if (features.Find(id) is not { } feature)
        {
            return NotFound();
        }

        if (catalog.WithDependants([feature.Id]).FirstOrDefault(f => f.IsAlwaysEnabled) is { } locked)
        {
            return List(locked.Id == feature.Id
                ? t["{0} is always enabled: it can't be disabled.", feature.Name]
                : t["{0} can't be disabled: {1} needs it and is always enabled.", feature.Name, locked.Name]);
        }

        var needed = NeededByPage();
        if (features.DisabledWith(feature.Id).FirstOrDefault(f => needed.Contains(f.Id)) is { } used)
        {
            return List(t["{0} can't be disabled from this page: the page needs {1}. The features API can still disable it.", feature.Name, used.Name]);
        }

        return await SwitchAsync(feature, enable: false);
    }

    private async Task<IActionResult> SwitchAsync(FeatureInfo feature, bool enable)
    {
        IReadOnlyList<string> switched;
        try
        {
            switched = enable ? (await features.EnableAsync(feature.Id)).Enabled : (await features.DisableAsync(feature.Id)).Disabled;
        }
        catch (FeatureChangeException e)
        {
            return List(enable ? t["{0} can't be enabled: {1}", feature.Name, e.Message] : t["{0} can't be disabled: {1}", feature.Name, e.Message]);
        }

        // "Enabled X. Enabled also: Y, Z." — the dependencies or dependants the change pulled along.
        var others = string.Join(", ", switched.Where(s => !string.Equals(s, feature.Id, StringComparison.OrdinalIgnoreCase)).Select(features.NameOf));
        TempData["Notice"] = (switched.Count, others.Length, enable) switch
        {
            (0, _, true) => t["{0} was already enabled.", feature.Name].Value,
            (0, _, false) => t["{0} was not enabled.", feature.Name].Value,
            (_, 0, true) => t["Enabled {0}.", feature.Name].Value,
            (_, 0, false) => t["Disabled {0}.", feature.Name].Value,
            (_, _, true) => t["Enabled {0}. Enabled also: {1}.", feature.Name, others].Value,
            (_, _, false) => t["Disabled {0}. Disabled also: {1}.", feature.Name, others].Value,
        };
        return RedirectToAction(nameof(Index));
    }

    private IActionResult List(string? error)
    {
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View("Index", new FeaturesListViewModel { Features = features.List(), NeededByPage = NeededByPage(), Error = error });
    }

    private HashSet<string> NeededByPage() =>
        [.. catalog.WithDependencies(PageFeatures.Where(id => catalog.Find(id) is not null)).Select(f => f.Id).Where(features.IsEnabled)];
}
