using ETamkeen.Trainings.Models;
using ETamkeen.Trainings.Services;

namespace ETamkeen.Trainings.ViewModels;

/// <summary>A day's attendance: attended counts Present and Late; the rate is over the approved participants.</summary>
public sealed record AttendanceDay(DateOnly Day, int Attended, int Marked, int Approved)
{
    public double? Rate => Marked == 0 || Approved == 0 ? null : (double)Attended / Approved;
}

public sealed class SessionFiguresViewModel
{
    public required SessionContext Session { get; init; }
    public required SessionStatus Status { get; init; }
    public int SeatsTaken { get; init; }
    public int SeatsLeft { get; init; }

    /// <summary>Whether the figures below the seats count only the caller's administrations.</summary>
    public bool Scoped { get; init; }
    public IReadOnlyDictionary<RegistrationStatus, int> ByStatus { get; init; } = new Dictionary<RegistrationStatus, int>();

    /// <summary>The share of women among the approved participants; null without any.</summary>
    public double? WomenShare { get; init; }
    public IReadOnlyList<(string Administration, int Registrations, int Approved)> ByAdministration { get; init; } = [];
    public IReadOnlyList<AttendanceDay> Days { get; init; } = [];
}
