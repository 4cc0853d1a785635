using ETamkeen.Trainings.Services;

namespace ETamkeen.Trainings.ViewModels;

/// <summary>A training in the catalogue: what its card shows, with its next sessions.</summary>
public sealed record TrainingCard
{
    public required string ContentItemId { get; init; }
    public required string Culture { get; init; }
    public required string Title { get; init; }
    public required string Path { get; init; }
    public required string AxisTermId { get; init; }
    public required string ModalityTermId { get; init; }
    public decimal? DurationDays { get; init; }
    public decimal? DurationHours { get; init; }
    public string Summary { get; init; } = "";
    public IReadOnlyList<ScheduledSession> NextSessions { get; init; } = [];
}
