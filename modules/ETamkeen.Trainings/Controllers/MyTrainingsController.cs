using ETamkeen.Settings;
using ETamkeen.Trainings.Models;
using ETamkeen.Trainings.Services;
using ETamkeen.Trainings.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ETamkeen.Trainings.Controllers;

/// <summary>"My trainings": the signed-in person's registrations, which they may cancel.</summary>
[Authorize]
[AutoValidateAntiforgeryToken]
public sealed class MyTrainingsController(
    TrainingSessionPageQuery people,
    RegistrationStore store,
    TrainingSchedule schedule,
    RegistrationService registrations,
    ISiteService site) : Controller
{
    [HttpGet(TrainingsController.Cultures + "/trainings/mine")]
    public async Task<IActionResult> Index(string culture)
    {
        var settings = await site.GetAsync();
        ViewData["Culture"] = culture;
        ViewData["SiteName"] = settings.SiteName;
        var me = await people.MeAsync(User);
        var rows = new List<(Registration, ScheduledSession?)>();
        foreach (var registration in me is null ? [] : await store.ForParticipantAsync(me.Id))
        {
            rows.Add((registration, await schedule.SessionAsync(registration.SessionId)));
        }

        var today = schedule.Today;
        return View(new MyTrainingsPage
        {
            Culture = culture,
            Participant = me,
            Rows = [.. rows.OrderByDescending(r => (r.Item2?.Info.LastDay ?? DateOnly.MinValue) >= today).ThenBy(r => r.Item2?.Info.FirstDay ?? DateOnly.MaxValue)],
        });
    }

    [HttpPost(TrainingsController.Cultures + "/trainings/mine/{id:long}/cancel")]
    public async Task<IActionResult> Cancel(string culture, long id)
    {
        var result = await registrations.CancelAsync(id, User);
        TempData[TrainingsController.NoticeKey] = result.Message;
        TempData[TrainingsController.NoticeKindKey] = result.Succeeded ? "success" : "danger";
        return Redirect($"{Request.PathBase}/{culture}/trainings/mine");
    }
}
