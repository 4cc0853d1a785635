using ETamkeen.Settings;
using ETamkeen.Trainings.Services;
using ETamkeen.Trainings.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.Controllers;

/// <summary>
/// The evaluation form, <c>/{culture}/trainings/evaluations/{token}</c>, reached from the signed
/// link of the e-mail: no account needed, one answer per kind. The thank-you page offers the
/// certificate when the participant has earned it.
/// </summary>
[AutoValidateAntiforgeryToken]
public sealed class EvaluationController(
    EvaluationService evaluations,
    SessionCatalog catalog,
    ParticipantStore participants,
    CertificateService certificates,
    EvaluationLinks links,
    ISiteService site,
    IStringLocalizer<EvaluationController> t) : Controller
{
    private const string Route = "{culture:regex(^(fr|ar|en)$)}/trainings/evaluations/{token}";

    /// <summary>How long the certificate link of the thank-you page works.</summary>
    private static readonly TimeSpan CertificateLinkLifeSpan = TimeSpan.FromDays(30);

    [HttpGet(Route)]
    public async Task<IActionResult> Form(string culture, string token)
    {
        var opened = await evaluations.OpenAsync(token);
        return opened is { Outcome: EvaluationOutcome.Saved, Token: { } link }
            ? await FormAsync(culture, token, link, new EvaluationAnswer(new Dictionary<string, string?>(), null, null), opened.Errors)
            : await RefusedAsync(culture, token, opened);
    }

    [HttpPost(Route)]
    public async Task<IActionResult> Submit(string culture, string token, IFormCollection form)
    {
        var ratings = EvaluationCriteria.Hot.Concat(EvaluationCriteria.Cold).ToDictionary(c => c, c => (string?)form["rating-" + c].FirstOrDefault());
        var answer = new EvaluationAnswer(ratings, form["comments"].FirstOrDefault(), form["useAtWork"].FirstOrDefault());
        var result = await evaluations.SubmitAsync(token, answer);
        switch (result)
        {
            case { Outcome: EvaluationOutcome.Saved }:
                return Redirect($"{Request.PathBase}/{culture}/trainings/evaluations/{Uri.EscapeDataString(token)}/thanks");
            case { Outcome: EvaluationOutcome.Invalid, Token: { } link }:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return await FormAsync(culture, token, link, answer, result.Errors);
            default:
                // A second answer (another tab, a double click) is refused and says so.
                if (result.Outcome == EvaluationOutcome.AlreadySubmitted)
                {
                    Response.StatusCode = StatusCodes.Status409Conflict;
                }

                return await RefusedAsync(culture, token, result);
        }
    }

    [HttpGet(Route + "/thanks")]
    public async Task<IActionResult> Thanks(string culture, string token)
    {
        var opened = await evaluations.OpenAsync(token);
        return opened.Outcome == EvaluationOutcome.AlreadySubmitted
            ? await DoneAsync(culture, opened, t["Thank you"], t["Your evaluation is recorded. Thank you for helping us improve the programme's trainings."])
            : await RefusedAsync(culture, token, opened);
    }

    private async Task<IActionResult> FormAsync(string culture, string token, EvaluationToken link, EvaluationAnswer answer, IReadOnlyDictionary<string, string> errors)
    {
        var found = await catalog.PublishedSessionAsync(link.SessionId);
        var participant = await participants.GetAsync(link.ParticipantId);
        if (found is not { Info: var session } || participant is null)
        {
            return Message(culture, StatusCodes.Status404NotFound, t["Evaluation"], t["This session or participant no longer exists."]);
        }

        var training = await catalog.TrainingAsync(session.TrainingSet, culture, (await site.GetAsync()).DefaultCulture);
        ViewData["Culture"] = culture;
        return View("Form", new EvaluationFormViewModel
        {
            Culture = culture,
            Token = token,
            Kind = link.Kind,
            SessionTitle = session.Title,
            TrainingTitle = training?.DisplayText ?? session.Title,
            ParticipantName = participant.FullName,
            City = session.City,
            FirstDay = session.FirstDay,
            LastDay = session.LastDay,
            Criteria = [.. EvaluationCriteria.Of(link.Kind).Select(c => new EvaluationCriterionField(c, EvaluationCriteria.Label(t, c), answer.Ratings.GetValueOrDefault(c), errors.GetValueOrDefault(c)))],
            Comments = answer.Comments,
            UseAtWork = answer.UseAtWork,
            Errors = errors,
        });
    }

    private async Task<IActionResult> RefusedAsync(string culture, string token, EvaluationSubmission result) => result.Outcome switch
    {
        EvaluationOutcome.AlreadySubmitted => await DoneAsync(culture, result, t["Evaluation already submitted"], t["You already submitted this evaluation: only one answer is recorded. Thank you!"]),
        EvaluationOutcome.ExpiredLink => Message(culture, StatusCodes.Status400BadRequest, t["This link has expired"],
            t["The evaluation link has expired. Ask the programme's coordinators for a new one."]),
        _ => Message(culture, StatusCodes.Status400BadRequest, t["This link is not valid"],
            t["The evaluation link is not valid: it may have been changed or cut. Open it again from the e-mail, as it is."]),
    };

    private async Task<IActionResult> DoneAsync(string culture, EvaluationSubmission result, string title, string message)
    {
        string? url = null, number = null;
        if (result.Token is { Kind: EvaluationKind.Hot } link && await certificates.IssueIfEligibleAsync(link.SessionId, link.ParticipantId) is { RevokedUtc: null } certificate)
        {
            number = certificate.Number;
            url = $"{Request.PathBase}/{culture}/trainings/certificates/{Uri.EscapeDataString(certificate.Number)}.pdf?token="
                + Uri.EscapeDataString(links.ProtectCertificate(certificate.Number, CertificateLinkLifeSpan));
        }

        ViewData["Culture"] = culture;
        return View("Message", new EvaluationMessageViewModel { Title = title, Message = message, CertificateUrl = url, CertificateNumber = number });
    }

    private ViewResult Message(string culture, int status, string title, string message)
    {
        Response.StatusCode = status;
        ViewData["Culture"] = culture;
        return View("Message", new EvaluationMessageViewModel { Title = title, Message = message });
    }
}
