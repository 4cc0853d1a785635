using System.Globalization;
using ETamkeen.Security;
using ETamkeen.Trainings.Models;
using ETamkeen.Trainings.Services;
using ETamkeen.Trainings.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace ETamkeen.Trainings.Controllers;

/// <summary>
/// The registrations a focal point (their administrations') or a coordinator (all) looks after:
/// filtered by session, status and administration, with a cancel button.
/// </summary>
[Permission("ApproveTrainingRegistrations")]
[AutoValidateAntiforgeryToken]
[Route("admin/trainings/registrations")]
public sealed class TrainingRegistrationsAdminController(
    RegistrationQueries queries,
    RegistrationStore registrations,
    RegistrationService service,
    SessionCatalog catalog,
    TrainingExportContext context) : Controller
{
    private const int Limit = 500;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? session, string? status, string? administration)
    {
        var (allowed, scope) = await queries.ScopeAsync(User);
        if (!allowed)
        {
            return Forbid();
        }

        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var names = await context.AdministrationsAsync();
        var visible = names.Values.Where(a => scope is null || scope.Contains(a.Id)).ToList();
        var state = Enum.TryParse<RegistrationStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : (RegistrationStatus?)null;
        var chosen = administration is { Length: > 0 } && visible.Any(a => a.Id == administration) ? administration : null;
        // A chosen administration narrows the caller's scope; one outside it narrows to nothing.
        IReadOnlyCollection<string>? filter = chosen is not null ? [chosen] : scope;

        var sessions = (await catalog.SessionsAsync(new SessionQuery { Take = 5000 })).Select(x => x.Info).ToList();
        var chosenSession = sessions.FirstOrDefault(x => x.ContentItemId == session);
        var list = chosenSession is not null
            ? [.. (await registrations.ForSessionAsync(chosenSession.ContentItemId, filter)).Where(r => state is null || r.Status == state).Take(Limit)]
            : await registrations.ListAsync(filter, state, Limit);
        var bySession = sessions.ToDictionary(x => x.ContentItemId);
        var rows = (await queries.WithParticipantsAsync(list))
            .Select(r => new RegistrationAdminRow(r.Registration, r.Participant, bySession.GetValueOrDefault(r.Registration.SessionId),
                names.TryGetValue(r.Registration.AdministrationId, out var a) ? a.In(culture) : r.Registration.AdministrationId))
            .ToList();

        return View(new RegistrationsAdminViewModel
        {
            SessionId = chosenSession?.ContentItemId,
            Status = state,
            AdministrationId = chosen,
            Sessions = sessions,
            Administrations = visible,
            Rows = rows,
            Limit = Limit,
        });
    }

    [HttpPost("{id:long}/cancel")]
    public async Task<IActionResult> Cancel(long id, string? reason)
    {
        var result = await service.CancelAsync(id, User, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, 1000)]);
        if (result.Failure == RegistrationFailure.NotFound)
        {
            return NotFound();
        }

        TempData[result.Failure == RegistrationFailure.None ? "Notice" : "Error"] = result.Message;
        return RedirectToAction(nameof(Index));
    }
}
