using ETamkeen.Contents;
using ETamkeen.Trainings.Models;

namespace ETamkeen.Trainings.Services;

/// <summary>Published sessions as the public pages show them: with their seats taken, their status today and their training's title.</summary>
public sealed class TrainingSchedule(SessionCatalog sessions, RegistrationStore registrations, TrainingCatalog trainings, ProgrammeCalendar calendar)
{
    public DateOnly Today => calendar.Today;

    public async Task<IReadOnlyList<ScheduledSession>> SessionsAsync(SessionQuery query)
    {
        var found = await sessions.SessionsAsync(query);
        var taken = await registrations.SeatsTakenAsync([.. found.Select(s => s.Info.ContentItemId)]);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var today = calendar.Today;
        var list = new List<ScheduledSession>(found.Count);
        foreach (var (item, info) in found)
        {
            if (!titles.TryGetValue(info.TrainingSet, out var title))
            {
                title = await trainings.TitleAsync(info.TrainingSet) ?? "";
                titles[info.TrainingSet] = title;
            }

            var seats = taken.GetValueOrDefault(info.ContentItemId);
            list.Add(new ScheduledSession(item, info, title, seats, info.Status(today, seats)));
        }

        return list;
    }

    /// <summary>One published session as its page shows it; null when it isn't published.</summary>
    public async Task<ScheduledSession?> SessionAsync(string contentItemId)
    {
        if (await sessions.PublishedSessionAsync(contentItemId) is not { } found)
        {
            return null;
        }

        var seats = await registrations.SeatsTakenAsync(contentItemId);
        return new ScheduledSession(found.Item, found.Info, await trainings.TitleAsync(found.Info.TrainingSet) ?? "", seats, found.Info.Status(calendar.Today, seats));
    }
}

/// <summary>A published session with what a visitor reads of it.</summary>
public sealed record ScheduledSession(ContentItem Item, SessionInfo Info, string TrainingTitle, int SeatsTaken, SessionStatus Status)
{
    public int SeatsLeft => Math.Max(0, Info.MaxCapacity - SeatsTaken);

    /// <summary>The session page's path under a culture (sessions aren't translated: one page for all).</summary>
    public string Path => Item.Text("AutoroutePart", "Path") ?? "";

    /// <summary>Still to come (or under way) and not cancelled: what the catalogue offers.</summary>
    public bool IsUpcoming => Status is SessionStatus.Open or SessionStatus.Full or SessionStatus.Closed;

    public bool IsIn(int year, int month) => Info.Days.Any(d => d.Year == year && d.Month == month);
}
