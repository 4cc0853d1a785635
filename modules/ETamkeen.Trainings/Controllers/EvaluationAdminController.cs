using ETamkeen.Trainings.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ETamkeen.Trainings.Controllers;

/// <summary>
/// A session's evaluations, <c>/admin/trainings/sessions/{id}/evaluations</c>: coordinators see
/// every participant's, focal points their administrations' only, anyone else nothing.
/// </summary>
[Authorize]
[AutoValidateAntiforgeryToken]
[Route("admin/trainings/sessions/{id}/evaluations")]
public sealed class EvaluationAdminController(RegistrationQueries queries, SessionCatalog catalog, EvaluationReport report) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string id)
    {
        var (allowed, scope) = await queries.ScopeAsync(User);
        if (!allowed)
        {
            return Forbid();
        }

        if (await catalog.PublishedSessionAsync(id) is not { Info: var session })
        {
            return NotFound();
        }

        return View(await report.BuildAsync(session, scope));
    }
}
