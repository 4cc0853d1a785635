using System.Globalization;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using ETamkeen.Trainings.Models;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// Sessions as iCalendar: one event per session day (sessions skip days, and each day has its
/// hours), in Morocco's local time with its VTIMEZONE so that calendars abroad place them right.
/// Each day's UID is the session's id and the day, so that a subscribed calendar updates the
/// event when the session changes instead of adding another.
/// </summary>
public static class SessionIcal
{
    public const string ZoneId = "Africa/Casablanca";
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(string name, IEnumerable<ScheduledSession> sessions, Uri site, Func<ScheduledSession, string> describe)
    {
        var calendar = new Calendar { ProductId = "-//e-TAMKEEN//Trainings//FR", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", ZoneId);
        calendar.AddTimeZone(new VTimeZone(ZoneId));
        foreach (var session in sessions)
        {
            var info = session.Info;
            var stamp = session.Item.ModifiedUtc ?? session.Item.PublishedUtc ?? DateTime.UnixEpoch;
            var page = new Uri(site, session.Path);
            foreach (var day in info.Days)
            {
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = $"{info.ContentItemId}-{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}@{site.Host}",
                    Summary = session.TrainingTitle.Length > 0 ? $"{session.TrainingTitle} — {info.Title}" : info.Title,
                    Location = string.Join(", ", new[] { info.Venue, info.City }.Where(s => s.Length > 0)),
                    Description = describe(session) + "\n" + page,
                    Url = page,
                    Start = new CalDateTime(day.ToDateTime(info.DailyStart), ZoneId),
                    End = new CalDateTime(day.ToDateTime(info.DailyEnd > info.DailyStart ? info.DailyEnd : info.DailyStart), ZoneId),
                    DtStamp = new CalDateTime(DateTime.SpecifyKind(stamp, DateTimeKind.Utc)),
                    Status = session.Status == SessionStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                });
            }
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
