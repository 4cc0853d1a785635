namespace ETamkeen.Trainings.Services;

/// <summary>How a participant attended one day of a session.</summary>
public enum AttendanceStatus
{
    Present,
    Absent,
    Late,
    Excused,
}

/// <summary>One participant's mark for one session day.</summary>
public sealed record AttendanceMark(long ParticipantId, DateOnly Day, AttendanceStatus Status, string MarkedBy = "", DateTime MarkedUtc = default)
{
    /// <summary>Late still counts as attended: the rate the programme reports.</summary>
    public bool Attended => Status is AttendanceStatus.Present or AttendanceStatus.Late;

    public static bool TryParseStatus(string? text, out AttendanceStatus status) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status) && !int.TryParse(text, out _);
}
