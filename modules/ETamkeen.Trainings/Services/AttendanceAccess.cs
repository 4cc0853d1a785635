using System.Security.Claims;
using ETamkeen.Security;
using Microsoft.AspNetCore.Authorization;

namespace ETamkeen.Trainings.Services;

/// <summary>What a caller may do with sessions' records.</summary>
/// <param name="CanView">May see some records (their administrations' at least).</param>
/// <param name="Scope">The administrations they see; null for all.</param>
/// <param name="CanMark">May save attendance (sheet or import).</param>
public sealed record RecordAccess(bool CanView, IReadOnlyCollection<string>? Scope, bool CanMark);

/// <summary>
/// Who sees and marks attendance: those who mark it (coordinators, attendance markers) see every
/// administration's participants and may save; focal points see their administrations' only,
/// and may not save — the sheet is signed in the room, where the trainer or coordinator marks it.
/// </summary>
public sealed class AttendanceAccess(RegistrationQueries queries, IAuthorizationService authorization)
{
    public async Task<RecordAccess> ForAsync(ClaimsPrincipal user)
    {
        if (await authorization.HasPermissionAsync(user, Permissions.MarkTrainingAttendance))
        {
            return new RecordAccess(true, null, true);
        }

        var (allowed, scope) = await queries.ScopeAsync(user);
        return new RecordAccess(allowed, scope, false);
    }
}
