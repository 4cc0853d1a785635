using ETamkeen.Trainings.Models;
using ETamkeen.Trainings.Services;

namespace ETamkeen.Trainings.ViewModels;

/// <summary>A civil servant's registrations, the sessions to come first.</summary>
public sealed class MyTrainingsPage
{
    public required string Culture { get; init; }
    public Participant? Participant { get; init; }
    public required IReadOnlyList<(Registration Registration, ScheduledSession? Session)> Rows { get; init; }
}
