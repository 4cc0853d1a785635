using ETamkeen.Security;

namespace ETamkeen.Trainings;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>The programme's coordinators: every administration's records.</summary>
    public static readonly Permission ManageTrainings = new("ManageTrainings", "Manage the registrations, attendance, evaluations and certificates of every session");

    /// <summary>Focal points act for their own administrations only; the records they see are scoped by it.</summary>
    public static readonly Permission ApproveTrainingRegistrations = new("ApproveTrainingRegistrations", "Register the staff of one's administrations and decide their registrations", [ManageTrainings]);

    public static readonly Permission MarkTrainingAttendance = new("MarkTrainingAttendance", "Mark attendance on the sessions' sheets", [ManageTrainings]);

    public static readonly Permission RegisterForTrainings = new("RegisterForTrainings", "Register oneself for training sessions", [ApproveTrainingRegistrations]);

    public Task<IEnumerable<Permission>> GetPermissionsAsync() =>
        Task.FromResult<IEnumerable<Permission>>([ManageTrainings, ApproveTrainingRegistrations, MarkTrainingAttendance, RegisterForTrainings]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageTrainings, ApproveTrainingRegistrations, MarkTrainingAttendance, RegisterForTrainings]),
        new(RoleNames.FocalPoint, [ApproveTrainingRegistrations, RegisterForTrainings]),
        new(RoleNames.Authenticated, [RegisterForTrainings]),
    ];
}
