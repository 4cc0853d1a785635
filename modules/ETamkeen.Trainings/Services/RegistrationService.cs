using System.Security.Claims;
using ETamkeen.Security;
using ETamkeen.Trainings.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// The rules of registering, in the order a person would ask them: is the session there and
/// open, may this caller register this person, is the person eligible and free at those times,
/// is there a seat. Who registers decides what follows: a civil servant's own request waits for
/// their focal point's approval (the shipped workflow); a focal point or a coordinator
/// registering someone approves it at once.
/// </summary>
public sealed class RegistrationService(
    SessionCatalog catalog,
    ParticipantStore participants,
    RegistrationStore registrations,
    FocalPointStore focalPoints,
    RegistrationEvents events,
    ParticipantValidator validator,
    ProgrammeCalendar calendar,
    RegistrationThrottle throttle,
    IAuthorizationService authorization,
    IStringLocalizer<RegistrationService> t)
{
    public async Task<RegistrationResult> RegisterAsync(string sessionId, ParticipantInput input, ClaimsPrincipal user)
    {
        using var lease = await throttle.EnterAsync();
        if (!lease.IsAcquired)
        {
            return RegistrationResult.Fail(RegistrationFailure.Busy, t["Too many registrations are arriving at once; please try again in a minute."]);
        }

        return await RegisterCoreAsync(sessionId, input, user);
    }

    private async Task<RegistrationResult> RegisterCoreAsync(string sessionId, ParticipantInput input, ClaimsPrincipal user)
    {
        if (await catalog.PublishedSessionAsync(sessionId) is not { } found)
        {
            return RegistrationResult.Fail(RegistrationFailure.NotFound, t["This session doesn't exist or isn't published."]);
        }

        var session = found.Info;
        var refusal = await OpenForRegistrationAsync(session);
        if (refusal is not null)
        {
            return RegistrationResult.Fail(RegistrationFailure.Refused, refusal);
        }

        var checkedInput = await validator.ValidateAsync(input);
        if (checkedInput.Errors.Count > 0)
        {
            return new RegistrationResult { Failure = RegistrationFailure.Invalid, Message = t["The participant's details are not valid."], Errors = checkedInput.Errors };
        }

        var candidate = checkedInput.Participant;
        var existing = await participants.FindByEmailAsync(candidate.Email);
        var actor = await ActorAsync(user, existing ?? candidate);
        if (actor == Actor.None)
        {
            return RegistrationResult.Fail(RegistrationFailure.Forbidden, t["You may register yourself, or, as a focal point, the staff of your administration."]);
        }

        Participant participant;
        if (existing is null)
        {
            candidate.UserName = actor == Actor.Self ? user.Identity?.Name : null;
            candidate.CreatedUtc = calendar.UtcNow;
            participant = (await participants.GetOrCreateAsync(candidate)).Participant;
        }
        else if (actor is Actor.Self or Actor.Coordinator)
        {
            // People keep their own details current; a focal point registering them doesn't rewrite them.
            candidate.Id = existing.Id;
            candidate.UserName = existing.UserName ?? (actor == Actor.Self ? user.Identity?.Name : null);
            candidate.CreatedUtc = existing.CreatedUtc;
            await participants.UpdateAsync(candidate);
            participant = candidate;
        }
        else
        {
            participant = existing;
        }

        if (session.AdministrationIds.Count > 0 && !session.AdministrationIds.Contains(participant.AdministrationId))
        {
            return RegistrationResult.Fail(RegistrationFailure.Refused, t["This session is reserved for other administrations."]);
        }

        var clash = await ClashAsync(participant.Id, session);
        if (clash is not null)
        {
            return RegistrationResult.Fail(RegistrationFailure.Refused, t["{0} is already registered for «{1}», at the same time.", participant.FullName, clash]);
        }

        var (registration, isNew) = await registrations.RegisterAsync(new Registration
        {
            SessionId = session.ContentItemId,
            ParticipantId = participant.Id,
            AdministrationId = participant.AdministrationId,
            RequestedBy = user.Identity?.Name ?? participant.Email,
        }, session.MaxCapacity, approved: actor != Actor.Self);

        if (!isNew)
        {
            return new RegistrationResult
            {
                Failure = RegistrationFailure.Refused,
                Registration = registration,
                Participant = participant,
                Message = t["{0} is already registered for this session ({1}).", participant.FullName, StatusText(registration.Status)],
                Errors = new Dictionary<string, string[]> { ["registration"] = [t["{0} is already registered for this session ({1}).", participant.FullName, StatusText(registration.Status)]] },
            };
        }

        await events.RaiseAsync(registration, participant, found.Item, session);
        return new RegistrationResult { Registration = registration, Participant = participant, Message = Confirmation(registration) };
    }

    /// <summary>Cancels a registration; the caller must be its participant, their focal point or a coordinator.</summary>
    public async Task<RegistrationResult> CancelAsync(long registrationId, ClaimsPrincipal user, string? reason = null) =>
        await EndAsync(registrationId, RegistrationStatus.Cancelled, user, reason);

    /// <summary>A focal point's or coordinator's decision on a requested registration.</summary>
    public async Task<RegistrationResult> DecideAsync(long registrationId, bool approve, string decidedBy, string? reason)
    {
        if (await registrations.GetAsync(registrationId) is not { } registration)
        {
            return RegistrationResult.Fail(RegistrationFailure.NotFound, t["This registration doesn't exist."]);
        }

        if (approve)
        {
            if (await registrations.ApproveAsync(registrationId, decidedBy) is not { } approved)
            {
                return RegistrationResult.Fail(RegistrationFailure.Refused, t["This registration is no longer waiting for a decision."]);
            }

            await RaiseAsync(approved);
            return new RegistrationResult { Registration = approved, Message = t["The registration is approved."] };
        }

        return await EndCoreAsync(registration, RegistrationStatus.Declined, decidedBy, reason);
    }

    private async Task<RegistrationResult> EndAsync(long registrationId, RegistrationStatus status, ClaimsPrincipal user, string? reason)
    {
        if (await registrations.GetAsync(registrationId) is not { } registration
            || await participants.GetAsync(registration.ParticipantId) is not { } participant)
        {
            return RegistrationResult.Fail(RegistrationFailure.NotFound, t["This registration doesn't exist."]);
        }

        if (await ActorAsync(user, participant) == Actor.None)
        {
            // The same answer as a missing one: ids reveal nothing to those who may not act on them.
            return RegistrationResult.Fail(RegistrationFailure.NotFound, t["This registration doesn't exist."]);
        }

        return await EndCoreAsync(registration, status, user.Identity?.Name ?? "", reason);
    }

    private async Task<RegistrationResult> EndCoreAsync(Registration registration, RegistrationStatus status, string by, string? reason)
    {
        var capacity = (await catalog.PublishedSessionAsync(registration.SessionId))?.Info.MaxCapacity ?? 0;
        if (await registrations.EndAsync(registration.Id, status, by, reason, capacity) is not { } ended)
        {
            return RegistrationResult.Fail(RegistrationFailure.Refused, t["This registration has already ended."]);
        }

        await RaiseAsync(ended.Ended);
        if (ended.Promoted is { } promoted)
        {
            await RaiseAsync(promoted);
        }

        return new RegistrationResult
        {
            Registration = ended.Ended,
            Message = status == RegistrationStatus.Cancelled ? t["The registration is cancelled."] : t["The registration is declined."],
        };
    }

    private async Task RaiseAsync(Registration registration)
    {
        if (await participants.GetAsync(registration.ParticipantId) is { } participant
            && await catalog.PublishedSessionAsync(registration.SessionId) is { } session)
        {
            await events.RaiseAsync(registration, participant, session.Item, session.Info);
        }
    }

    private async Task<string?> OpenForRegistrationAsync(SessionInfo session)
    {
        var today = calendar.Today;
        return session.Status(today, 0) switch
        {
            SessionStatus.Cancelled => t["This session has been cancelled."],
            SessionStatus.Held => t["This session has already taken place."],
            SessionStatus.Closed when session.RegistrationOpens is { } opens && today < opens => t["Registration opens on {0}.", opens.ToString("d", System.Globalization.CultureInfo.CurrentCulture)],
            SessionStatus.Closed => t["Registration closed on {0}.", session.LastRegistrationDay?.ToString("d", System.Globalization.CultureInfo.CurrentCulture) ?? ""],
            _ => await Task.FromResult<string?>(null),
        };
    }

    /// <summary>The title of a session of the participant's, still active, that shares a moment with this one.</summary>
    private async Task<string?> ClashAsync(long participantId, SessionInfo session)
    {
        foreach (var other in await registrations.ForParticipantAsync(participantId))
        {
            if (other.SessionId != session.ContentItemId && other.Status.IsActive()
                && await catalog.PublishedSessionAsync(other.SessionId) is { } found && found.Info.Overlaps(session))
            {
                return found.Info.Title;
            }
        }

        return null;
    }

    private enum Actor
    {
        None,
        Self,
        FocalPoint,
        Coordinator,
    }

    private async Task<Actor> ActorAsync(ClaimsPrincipal user, Participant participant)
    {
        if (await authorization.HasPermissionAsync(user, Permissions.ManageTrainings))
        {
            return Actor.Coordinator;
        }

        var name = user.Identity?.Name;
        if (name is not null && await authorization.HasPermissionAsync(user, Permissions.ApproveTrainingRegistrations)
            && (await focalPoints.AdministrationsOfAsync(name)).Contains(participant.AdministrationId))
        {
            return Actor.FocalPoint;
        }

        var email = user.FindFirstValue(ClaimTypes.Email);
        var isSelf = (participant.UserName is not null && participant.UserName == name)
            || (email is not null && ParticipantStore.Normalize(email) == participant.Email);
        return isSelf && await authorization.HasPermissionAsync(user, Permissions.RegisterForTrainings) ? Actor.Self : Actor.None;
    }

    private string Confirmation(Registration registration) => registration.Status switch
    {
        RegistrationStatus.Approved => t["The registration is confirmed."],
        RegistrationStatus.Waitlisted => t["The session is full: the registration is number {0} on the waiting list. A seat that frees up goes to the first waiting.", registration.WaitlistPosition ?? 0],
        _ => t["The registration is recorded and awaits the focal point's approval."],
    };

    public string StatusText(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Requested => t["awaiting approval"],
        RegistrationStatus.Approved => t["approved"],
        RegistrationStatus.Waitlisted => t["on the waiting list"],
        RegistrationStatus.Cancelled => t["cancelled"],
        _ => t["declined"],
    };
}
