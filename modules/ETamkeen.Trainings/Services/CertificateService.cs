using System.Security.Claims;
using ETamkeen.Security;
using ETamkeen.Settings;
using ETamkeen.Trainings.Models;
using Microsoft.AspNetCore.Authorization;

namespace ETamkeen.Trainings.Services;

/// <summary>What a certificate says, for the PDF and the verification page.</summary>
public sealed record CertificateView(
    CertificateRecord Certificate,
    CertificateState State,
    Participant Participant,
    SessionInfo? Session,
    string TrainingTitle);

/// <summary>
/// Who gets a certificate and who may see it. A participant earns one for a session they were
/// approved for, that is over, where they were present every day (when the sheet was kept) and
/// whose hot evaluation they answered; it is issued once, the first time it is asked for.
/// </summary>
public sealed class CertificateService(
    CertificateStore store,
    SessionCatalog catalog,
    RegistrationStore registrations,
    ParticipantStore participants,
    EvaluationStore evaluations,
    EvaluationAttendance attendance,
    ProgrammeCalendar calendar,
    ISiteService site,
    IAuthorizationService authorization)
{
    /// <summary>The participant's certificate for the session, issued now if they earned it; null when they haven't.</summary>
    public async Task<CertificateRecord?> IssueIfEligibleAsync(string sessionId, long participantId)
    {
        if (await store.ForSessionAsync(sessionId, participantId) is { } existing)
        {
            return existing;
        }

        if (await catalog.PublishedSessionAsync(sessionId) is not { Info: var session } || session.Cancelled
            || EvaluationDispatcher.EndUtc(session) is not { } end || end > calendar.UtcNow)
        {
            return null;
        }

        var all = await registrations.ForSessionAsync(sessionId);
        if (!all.Any(r => r.ParticipantId == participantId && r.Status == RegistrationStatus.Approved)
            || await evaluations.FindAsync(sessionId, participantId, EvaluationKind.Hot) is null)
        {
            return null;
        }

        var present = await attendance.PresentDaysAsync(sessionId, all.ToDictionary(r => r.Id, r => r.ParticipantId));
        if (present is not null && !(present.TryGetValue(participantId, out var days) && session.Days.All(days.Contains)))
        {
            return null;
        }

        return await store.IssueAsync(sessionId, participantId, session.LastDay!.Value.Year, calendar.UtcNow);
    }

    public async Task<CertificateView?> ViewAsync(CertificateRecord certificate, string culture)
    {
        if (await participants.GetAsync(certificate.ParticipantId) is not { } participant)
        {
            return null;
        }

        var session = certificate.SessionId is { } id ? (await catalog.PublishedSessionAsync(id))?.Info : null;
        var title = session?.Title ?? "";
        if (session is not null && await catalog.TrainingAsync(session.TrainingSet, culture, (await site.GetAsync()).DefaultCulture) is { } training)
        {
            title = training.DisplayText;
        }

        return new CertificateView(certificate, StateOf(certificate), participant, session, title);
    }

    public CertificateState StateOf(CertificateRecord certificate) =>
        certificate.RevokedUtc is not null ? CertificateState.Revoked
        : certificate.ExpiresUtc is { } expires && expires <= calendar.UtcNow ? CertificateState.Expired
        : CertificateState.Valid;

    /// <summary>Whether the signed-in user may download it: the participant themselves (by account or address) or a coordinator.</summary>
    public async Task<bool> MayDownloadAsync(ClaimsPrincipal user, CertificateRecord certificate)
    {
        if (user.Identity?.IsAuthenticated != true || user.Identity.Name is not { } name)
        {
            return false;
        }

        if (await authorization.HasPermissionAsync(user, Permissions.ManageTrainings))
        {
            return true;
        }

        if (await participants.GetAsync(certificate.ParticipantId) is not { } participant)
        {
            return false;
        }

        if (string.Equals(participant.UserName, name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // The same test as the registration rules' "oneself".
        return user.FindFirstValue(ClaimTypes.Email) is { Length: > 0 } email && ParticipantStore.Normalize(email) == participant.Email;
    }
}
