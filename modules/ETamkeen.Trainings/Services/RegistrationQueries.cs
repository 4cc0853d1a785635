using System.Security.Claims;
using ETamkeen.Security;
using ETamkeen.Trainings.Models;
using Microsoft.AspNetCore.Authorization;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// Registrations as a caller may see them: coordinators every administration's, focal points
/// their own administrations' only, anyone else none.
/// </summary>
public sealed class RegistrationQueries(
    RegistrationStore registrations,
    ParticipantStore participants,
    FocalPointStore focalPoints,
    SessionCatalog catalog,
    IAuthorizationService authorization)
{
    /// <summary>The administrations the caller sees (null: all of them), or no scope at all when they may see none.</summary>
    public async Task<(bool Allowed, IReadOnlyCollection<string>? Administrations)> ScopeAsync(ClaimsPrincipal user)
    {
        if (await authorization.HasPermissionAsync(user, Permissions.ManageTrainings))
        {
            return (true, null);
        }

        if (user.Identity?.Name is { } name && await authorization.HasPermissionAsync(user, Permissions.ApproveTrainingRegistrations))
        {
            return (true, await focalPoints.AdministrationsOfAsync(name));
        }

        return (false, []);
    }

    /// <summary>A session's registrations the caller may see; null when the session isn't there or they may see none.</summary>
    public async Task<IReadOnlyList<(Registration Registration, Participant? Participant)>?> ForSessionAsync(string sessionId, ClaimsPrincipal user)
    {
        var (allowed, scope) = await ScopeAsync(user);
        if (!allowed || await catalog.PublishedSessionAsync(sessionId) is null)
        {
            return null;
        }

        return await WithParticipantsAsync(await registrations.ForSessionAsync(sessionId, scope));
    }

    public async Task<IReadOnlyList<(Registration Registration, Participant? Participant)>> WithParticipantsAsync(IReadOnlyList<Registration> list)
    {
        var people = (await participants.GetManyAsync(list.Select(r => r.ParticipantId))).ToDictionary(p => p.Id);
        return [.. list.Select(r => (r, people.GetValueOrDefault(r.ParticipantId)))];
    }
}
