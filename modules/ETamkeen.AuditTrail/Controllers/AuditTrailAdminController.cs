using System.Globalization;
using ETamkeen.AuditTrail.Models;
using ETamkeen.AuditTrail.Services;
using ETamkeen.AuditTrail.ViewModels;
using ETamkeen.Security;
using ETamkeen.Settings;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.AuditTrail.Controllers;

/// <summary>The tenant's audit trail, newest first, with filters; and how long it is kept.</summary>
[Permission("ViewAuditTrail")]
[AutoValidateAntiforgeryToken]
[Route("admin/audit-trail")]
public sealed class AuditTrailAdminController(
    AuditTrailStore store,
    IAuditTrail audit,
    ISiteService site,
    ShellSettings shell,
    IAuthorizationService authorization,
    IStringLocalizer<AuditTrailAdminController> t) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(string? category, string? user, string? from, string? to, string? q, int page = 1) =>
        ListAsync(category, user, from, to, q, page);

    [HttpPost("retention")]
    [Permission("ManageAuditTrailSettings")]
    public async Task<IActionResult> Retention(string? retentionDays)
    {
        if (!int.TryParse(retentionDays, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is < 1 or > AuditTrailTrimmingSettings.MaxRetentionDays)
        {
            ModelState.AddModelError("retentionDays", t["Keep events from 1 to {0} days.", AuditTrailTrimmingSettings.MaxRetentionDays]);
            return await ListAsync(null, null, null, null, null, 1);
        }

        var before = AuditTrailTrimmingSettings.RetentionDays(await site.GetAsync());
        await site.UpdateAsync(s => AuditTrailTrimmingSettings.SetRetentionDays(s, days));
        var pruned = await AuditTrailRetention.PruneAsync(store, site);
        await audit.RecordAsync(new AuditEvent(AuditCategories.Settings, "Updated", AuditTrailTrimmingSettings.Section)
        {
            SubjectDisplay = t["Audit trail retention"].Value,
            Details = AuditEvent.Json(new { retentionDays = new[] { before, days }, pruned }),
        });
        TempData["Notice"] = t["Events are kept {0} days; {1} older events were deleted.", days, pruned].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> ListAsync(string? category, string? user, string? from, string? to, string? q, int page)
    {
        var settings = await site.GetAsync();
        var zone = Zone(settings);
        var fromUtc = ParseDay(from, "from", zone, 0);
        var toUtc = ParseDay(to, "to", zone, 1);
        if (fromUtc is not null && toUtc is not null && toUtc <= fromUtc)
        {
            ModelState.AddModelError("to", t["The end date is on or after the start date."]);
        }

        page = Math.Clamp(page, 1, 100_000);
        var filter = ModelState.IsValid ? new AuditTrailFilter(category, user, fromUtc, toUtc, q) : new AuditTrailFilter(category, user, Text: q);
        var (items, total) = await store.QueryAsync(shell.Name, filter, (page - 1) * settings.PageSize, settings.PageSize);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View("Index", new AuditTrailListViewModel
        {
            Items = items,
            Total = total,
            Page = page,
            PageSize = settings.PageSize,
            TimeZone = zone,
            Categories = [.. AuditCategories.Standard.Append(category).OfType<string>().Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)],
            Category = category,
            User = user,
            From = from,
            To = to,
            Query = q,
            RetentionDays = AuditTrailTrimmingSettings.RetentionDays(settings),
            CanManageRetention = await authorization.HasPermissionAsync(User, Permissions.ManageAuditTrailSettings),
        });
    }

    private static TimeZoneInfo Zone(SiteSettings settings) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>A day in the site's time zone as the UTC instant it starts at (plus <paramref name="addDays"/>), or null.</summary>
    private DateTime? ParseDay(string? value, string field, TimeZoneInfo zone, int addDays)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year < 1900 || day.Year > 9000)
        {
            ModelState.AddModelError(field, t["Enter a date as YYYY-MM-DD."]);
            return null;
        }

        var local = day.AddDays(addDays).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

        // Where a clock change skips midnight, the day starts an hour later.
        return TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(local) ? local.AddHours(1) : local, zone);
    }
}
