using ETamkeen.Trainings.ViewModels;

namespace ETamkeen.Trainings.Services;

/// <summary>The calendar page: the month's published sessions under each of their days, cancelled ones included (marked so).</summary>
public sealed class TrainingCalendarQuery(TrainingSchedule schedule)
{
    public async Task<TrainingCalendarPage> MonthAsync(string culture, DateOnly? month, string? region)
    {
        var today = schedule.Today;
        var first = month ?? new DateOnly(today.Year, today.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var sessions = await schedule.SessionsAsync(new SessionQuery { From = first, To = last, RegionTermId = region, Take = 5000 });
        var days = sessions
            .SelectMany(s => s.Info.Days.Where(d => d >= first && d <= last).Select(d => (Day: d, Session: s)))
            .GroupBy(x => x.Day)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<ScheduledSession>)[.. g.Select(x => x.Session).OrderBy(s => s.Info.DailyStart).ThenBy(s => s.TrainingTitle, StringComparer.CurrentCulture)]));
        return new TrainingCalendarPage { Culture = culture, Month = first, Region = region, Days = [.. days], SessionCount = sessions.Count(s => s.Info.Days.Any(d => d >= first && d <= last)) };
    }
}
