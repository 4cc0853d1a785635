namespace ETamkeen.Trainings.Models;

/// <summary>
/// A registration's life. Requested and Approved hold a seat; Waitlisted waits for one in
/// order; Cancelled and Declined free theirs, which goes to the first waiting.
/// </summary>
public enum RegistrationStatus
{
    Requested,
    Approved,
    Waitlisted,
    Cancelled,
    Declined,
}

public static class RegistrationStatuses
{
    public static bool HoldsSeat(this RegistrationStatus status) => status is RegistrationStatus.Requested or RegistrationStatus.Approved;

    public static bool IsActive(this RegistrationStatus status) => status is RegistrationStatus.Requested or RegistrationStatus.Approved or RegistrationStatus.Waitlisted;
}
