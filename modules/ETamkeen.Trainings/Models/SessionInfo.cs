using System.Globalization;
using System.Text.Json.Nodes;
using ETamkeen.Contents;

namespace ETamkeen.Trainings.Models;

/// <summary>
/// A <c>TrainingSession</c> item read into what the rules need: its days (first to last, plus the
/// listed other days) with the daily times in the site's local time, its seats and its
/// registration window. The status is derived, never typed in, so it can't disagree with the
/// dates and the seat count.
/// </summary>
public sealed record SessionInfo
{
    public required string ContentItemId { get; init; }
    public required string Title { get; init; }
    public required string TrainingSet { get; init; }
    public required IReadOnlyList<string> AdministrationIds { get; init; }
    public required string LevelTermId { get; init; }
    public required string RegionTermId { get; init; }
    public required string City { get; init; }
    public required string Venue { get; init; }
    public required IReadOnlyList<DateOnly> Days { get; init; }
    public required TimeOnly DailyStart { get; init; }
    public required TimeOnly DailyEnd { get; init; }
    public required IReadOnlyList<string> TrainerIds { get; init; }
    public required int MinCapacity { get; init; }
    public required int MaxCapacity { get; init; }
    public DateOnly? RegistrationOpens { get; init; }
    public DateOnly? RegistrationCloses { get; init; }
    public required bool Cancelled { get; init; }
    public required bool Published { get; init; }

    public DateOnly? FirstDay => Days.Count == 0 ? null : Days[0];
    public DateOnly? LastDay => Days.Count == 0 ? null : Days[^1];

    /// <summary>The last day to register: the one set, or the eve of the first day.</summary>
    public DateOnly? LastRegistrationDay => RegistrationCloses ?? FirstDay?.AddDays(-1);

    /// <summary>Hours of training: days × the daily span.</summary>
    public double Hours => Days.Count * Math.Max(0, (DailyEnd - DailyStart).TotalHours);

    public SessionStatus Status(DateOnly today, int seatsTaken)
    {
        if (!Published)
        {
            return SessionStatus.Draft;
        }

        if (Cancelled)
        {
            return SessionStatus.Cancelled;
        }

        if (LastDay is { } last && today > last)
        {
            return SessionStatus.Held;
        }

        if ((RegistrationOpens is { } opens && today < opens) || (LastRegistrationDay is { } closes && today > closes))
        {
            return SessionStatus.Closed;
        }

        return seatsTaken >= MaxCapacity ? SessionStatus.Full : SessionStatus.Open;
    }

    /// <summary>Whether two sessions share a moment: a common day whose daily times cross.</summary>
    public bool Overlaps(SessionInfo other) =>
        Days.Intersect(other.Days).Any() && DailyStart < other.DailyEnd && other.DailyStart < DailyEnd;

    public static SessionInfo? From(ContentItem item)
    {
        if (item.Content[TrainingContent.Session] is not JsonObject part)
        {
            return null;
        }

        var first = FieldValues.Date(part, "StartDate");
        var last = FieldValues.Date(part, "EndDate") ?? first;
        var days = new SortedSet<DateOnly>();
        if (first is { } from && last is { } to && to >= from && to.DayNumber - from.DayNumber < 366)
        {
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                days.Add(day);
            }
        }

        foreach (var other in FieldValues.Text(part, "OtherDays").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DateOnly.TryParseExact(other, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                days.Add(day);
            }
        }

        return new SessionInfo
        {
            ContentItemId = item.ContentItemId,
            Title = item.DisplayText,
            TrainingSet = FieldValues.FirstId(part, "Training", "LocalizationSets"),
            AdministrationIds = FieldValues.Ids(part, "Administrations", "ContentItemIds"),
            LevelTermId = FieldValues.FirstId(part, "Level", "TermContentItemIds"),
            RegionTermId = FieldValues.FirstId(part, "Region", "TermContentItemIds"),
            City = FieldValues.Text(part, "City"),
            Venue = FieldValues.Text(part, "Venue"),
            Days = [.. days],
            DailyStart = FieldValues.Time(FieldValues.Text(part, "DailyStart")) ?? new TimeOnly(9, 0),
            DailyEnd = FieldValues.Time(FieldValues.Text(part, "DailyEnd")) ?? new TimeOnly(16, 0),
            TrainerIds = FieldValues.Ids(part, "Trainers", "ContentItemIds"),
            MinCapacity = (int)(FieldValues.Number(part, "MinCapacity") ?? 0),
            MaxCapacity = (int)Math.Clamp(FieldValues.Number(part, "MaxCapacity") ?? 0, 0, 100_000),
            RegistrationOpens = FieldValues.Date(part, "RegistrationOpens"),
            RegistrationCloses = FieldValues.Date(part, "RegistrationCloses"),
            Cancelled = FieldValues.Flag(part, "Cancelled"),
            Published = item.Published,
        };
    }
}
