namespace ETamkeen.Trainings.Models;

public sealed class Registration
{
    public long Id { get; set; }
    public string SessionId { get; set; } = "";
    public long ParticipantId { get; set; }

    /// <summary>The participant's administration when they registered: what a focal point's view is scoped by.</summary>
    public string AdministrationId { get; set; } = "";
    public RegistrationStatus Status { get; set; }

    /// <summary>The order on the waiting list (smaller goes first); null when not waiting.</summary>
    public long? WaitlistPosition { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTime RequestedUtc { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedUtc { get; set; }
    public string? Reason { get; set; }
}
