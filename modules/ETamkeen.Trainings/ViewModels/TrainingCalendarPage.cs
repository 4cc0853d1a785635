using ETamkeen.Trainings.Services;

namespace ETamkeen.Trainings.ViewModels;

/// <summary>A month of sessions, day by day, in a region or all of them.</summary>
public sealed class TrainingCalendarPage
{
    public required string Culture { get; init; }
    public required DateOnly Month { get; init; }
    public string? Region { get; init; }
    public required IReadOnlyList<(DateOnly Day, IReadOnlyList<ScheduledSession> Sessions)> Days { get; init; }
    public int SessionCount { get; init; }

    public string MonthKey => TrainingCatalogueFilter.MonthKey(Month);
}
