using System.Globalization;
using ETamkeen.Data;
using ETamkeen.Security;
using ETamkeen.Settings.Models;
using ETamkeen.Settings.Services;
using ETamkeen.Settings.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Settings.Controllers;

/// <summary>The site's name, cultures, time zone and page size, with the API's validation and messages.</summary>
[Permission("ManageSettings")]
[AutoValidateAntiforgeryToken]
[Route("admin/settings")]
public sealed class SiteSettingsAdminController(ISiteService site, SiteSettingsEditor editor, IStringLocalizer<SiteSettingsAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var s = await site.GetAsync();
        return Form(s.SiteName, s.DefaultCulture, s.SupportedCultures, s.TimeZoneId, s.PageSize.ToString(CultureInfo.InvariantCulture), s.Version, s);
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(string? siteName, string? defaultCulture, List<string>? supportedCultures, string? timeZoneId, string? pageSize, int version)
    {
        // Unticked boxes send nothing: no culture ticked means none besides the default.
        supportedCultures ??= [];
        var model = new SiteSettingsModel
        {
            SiteName = siteName ?? "",
            DefaultCulture = string.IsNullOrWhiteSpace(defaultCulture) ? null : defaultCulture.Trim(),
            SupportedCultures = [.. supportedCultures.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
            TimeZoneId = string.IsNullOrWhiteSpace(timeZoneId) ? null : timeZoneId.Trim(),
            PageSize = int.TryParse(pageSize, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) ? size : null,
            Version = version,
        };

        var errors = model.Validate();
        if (model.PageSize is null)
        {
            // Checked here and not by the model: the API's page size is a number by its type.
            errors["pageSize"] = [SiteSettingsModel.PageSizeMessage];
        }

        if (errors.Count == 0)
        {
            try
            {
                errors = await editor.UpdateAsync(model);
            }
            catch (ConcurrencyException)
            {
                ModelState.AddModelError("", t["Someone else changed the settings since you opened this page. Reload it to see their changes; yours were not saved."]);
                return await RefusedAsync(StatusCodes.Status409Conflict, siteName, defaultCulture, supportedCultures, timeZoneId, pageSize, version);
            }
        }

        if (errors.Count > 0)
        {
            foreach (var (field, messages) in errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, t[message]);
                }
            }

            return await RefusedAsync(StatusCodes.Status400BadRequest, siteName, defaultCulture, supportedCultures, timeZoneId, pageSize, version);
        }

        TempData["Notice"] = t["Settings saved."].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> RefusedAsync(int status, string? siteName, string? defaultCulture, List<string> cultures, string? timeZoneId, string? pageSize, int version)
    {
        Response.StatusCode = status;
        return Form(siteName ?? "", defaultCulture ?? "", cultures, timeZoneId ?? "", pageSize ?? "", version, await site.GetAsync());
    }

    private ViewResult Form(string siteName, string defaultCulture, IReadOnlyList<string> cultures, string timeZoneId, string pageSize, int version, SiteSettings stored) =>
        View("Index", new SiteSettingsViewModel
        {
            SiteName = siteName,
            DefaultCulture = defaultCulture,
            SupportedCultures = cultures,
            TimeZoneId = timeZoneId,
            PageSize = pageSize,
            Version = version,
            CultureChoices = [.. SiteSettingsViewModel.PortalCultures.Concat(stored.SupportedCultures).Distinct(StringComparer.OrdinalIgnoreCase)],
            TimeZones = [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal)],
        });
}
