using System.Security.Claims;
using ETamkeen.Settings;
using ETamkeen.Trainings.Models;
using ETamkeen.Trainings.Services;
using ETamkeen.Trainings.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.Controllers;

/// <summary>
/// The public catalogue <c>/{culture}/trainings</c>, the session calendar and registering from a
/// session's page. Sessions' and trainings' own pages are their content pages.
/// </summary>
public sealed class TrainingsController(
    TrainingCatalogueQuery catalogue,
    TrainingCalendarQuery calendar,
    TrainingSchedule schedule,
    RegistrationService registrations,
    ISiteService site,
    IStringLocalizer<TrainingSchedule> t) : Controller
{
    internal const string Cultures = "{culture:regex(^(fr|ar|en)$)}";
    internal const string NoticeKey = "TrainingNotice";
    internal const string NoticeKindKey = "TrainingNoticeKind";

    [HttpGet(Cultures + "/trainings")]
    public async Task<IActionResult> Index(string culture, string? axis, string? modality, string? region, string? month)
    {
        await PageDataAsync(culture);
        var (filter, _, error) = TrainingCatalogueFilter.Parse(axis, modality, region, month);
        if (filter is null)
        {
            return Invalid(culture, error);
        }

        return View(await catalogue.BrowseAsync($"{Request.PathBase}/{culture}/trainings", culture, filter));
    }

    [HttpGet(Cultures + "/trainings/calendar")]
    public async Task<IActionResult> Calendar(string culture, string? month, string? region)
    {
        await PageDataAsync(culture);
        var (filter, _, error) = TrainingCatalogueFilter.Parse(null, null, region, month);
        if (filter is null)
        {
            return Invalid(culture, error);
        }

        return View(await calendar.MonthAsync(culture, filter.Month, filter.Region));
    }

    [HttpPost(Cultures + "/trainings/sessions/{id}/register")]
    [Authorize]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Register(string culture, string id, RegistrationForm form)
    {
        if (await schedule.SessionAsync(id) is not { } session)
        {
            return NotFound();
        }

        var result = await registrations.RegisterAsync(id, new ParticipantInput
        {
            Email = User.FindFirstValue(ClaimTypes.Email),
            FirstName = form.FirstName,
            LastName = form.LastName,
            Sex = form.Sex,
            AdministrationId = form.AdministrationId,
            Grade = form.Grade,
            RegionTermId = form.RegionTermId,
            Function = form.Function,
        }, User);

        var details = result.Failure == RegistrationFailure.Invalid ? result.Errors.Values.SelectMany(e => e).Distinct().ToList() : [];
        TempData[NoticeKey] = details.Count == 0 ? result.Message : result.Message + " " + string.Join(" ", details);
        TempData[NoticeKindKey] = result.Succeeded ? "success" : "danger";
        return Redirect($"{Request.PathBase}/{culture}/{session.Path}#registration");
    }

    private async Task PageDataAsync(string culture)
    {
        var settings = await site.GetAsync();
        ViewData["Culture"] = culture;
        ViewData["SiteName"] = settings.SiteName;
    }

    private ViewResult Invalid(string culture, string error)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Title"] = t["This address can't be shown"].Value;
        return View("Invalid", (Culture: culture, Message: t[error].Value));
    }
}
