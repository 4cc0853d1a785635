using System.Security.Claims;
using ETamkeen.Trainings.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ETamkeen.Trainings.Controllers;

/// <summary>
/// Certificates as PDF, <c>/{culture}/trainings/certificates/{number}.pdf</c>: for the
/// participant (signed in, or through the signed link of their evaluation's thank-you page) and
/// for coordinators; anyone else gets the same 404 as for a number that doesn't exist.
/// </summary>
public sealed class CertificateController(
    CertificateStore store,
    CertificateService certificates,
    CertificatePdf pdf,
    ParticipantStore participants,
    EvaluationLinks links,
    IStringLocalizer<CertificateController> t,
    ILogger<CertificateController> logger) : Controller
{
    private const string Cultures = "{culture:regex(^(fr|ar|en)$)}";

    [HttpGet(Cultures + "/trainings/certificates/{number}.pdf")]
    public async Task<IActionResult> Download(string culture, string number, string? token)
    {
        if (number.Length > 32 || await store.ByNumberAsync(number) is not { RevokedUtc: null } certificate)
        {
            return NotFound();
        }

        var signed = links.ReadCertificate(token) is { } link && link.Number == certificate.Number;
        if (!signed && !await certificates.MayDownloadAsync(User, certificate))
        {
            return User.Identity?.IsAuthenticated == true ? NotFound() : Challenge();
        }

        if (await certificates.ViewAsync(certificate, culture) is not { } view)
        {
            return NotFound();
        }

        try
        {
            var bytes = pdf.Render(view, links.Absolute("/verify/" + certificate.Code), culture);
            return File(bytes, "application/pdf", certificate.Number + ".pdf");
        }
        catch (CertificatePdfUnavailableException e)
        {
            logger.LogError("Certificate {Number} could not be drawn: {Reason}", certificate.Number, e.Message);
            return Problem(t["Certificates can't be downloaded on this server yet: its administrator must configure the PDF library's license."], statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>The signed-in participant's certificate for a session, issued if they earned it; 404 when they haven't.</summary>
    [HttpGet(Cultures + "/trainings/certificates/session/{sessionId}")]
    public async Task<IActionResult> ForSession(string culture, string sessionId)
    {
        if (User.Identity?.IsAuthenticated != true || User.Identity.Name is not { } name)
        {
            return Challenge();
        }

        var participant = await participants.FindByUserAsync(name)
            ?? (User.FindFirstValue(ClaimTypes.Email) is { Length: > 0 } email ? await participants.FindByEmailAsync(email) : null);
        if (participant is null || await certificates.IssueIfEligibleAsync(sessionId, participant.Id) is not { RevokedUtc: null } certificate)
        {
            return NotFound();
        }

        return Redirect($"{Request.PathBase}/{culture}/trainings/certificates/{Uri.EscapeDataString(certificate.Number)}.pdf");
    }
}
