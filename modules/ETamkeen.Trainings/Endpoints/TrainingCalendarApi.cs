using System.Globalization;
using ETamkeen.Api;
using ETamkeen.Trainings.Models;
using ETamkeen.Trainings.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.Endpoints;

/// <summary>
/// iCalendar of published sessions: <c>/api/trainings/sessions/{id}.ics</c> for one (its
/// "Add to my calendar") and <c>/api/trainings/sessions.ics?region=&amp;training=&amp;from=&amp;to=</c>
/// for a feed a calendar subscribes to. Public, like the sessions list.
/// </summary>
public static class TrainingCalendarApi
{
    private const int FeedSize = 1000;

    public static void MapTrainingCalendarApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/trainings/sessions.ics", FeedAsync);
        routes.MapGet("/api/trainings/sessions/{id}.ics", SessionAsync);
    }

    private static async Task<IResult> SessionAsync(string id, TrainingSchedule schedule, HttpContext http, IStringLocalizer<TrainingSchedule> t)
    {
        if (await schedule.SessionAsync(id) is not { } session)
        {
            return ApiRoutes.Problem(StatusCodes.Status404NotFound, t["This session doesn't exist or isn't published."]);
        }

        var text = SessionIcal.Write(session.TrainingTitle.Length > 0 ? session.TrainingTitle : session.Info.Title, [session], Site(http), s => Describe(s, t));
        return Results.Text(text, SessionIcal.ContentType);
    }

    private static async Task<IResult> FeedAsync(TrainingSchedule schedule, HttpContext http, IStringLocalizer<TrainingSchedule> t,
        string? from, string? to, string? region, string? training)
    {
        if (!TrainingsApi.TryDate(from, out var first) || !TrainingsApi.TryDate(to, out var last))
        {
            var field = TrainingsApi.TryDate(from, out _) ? "to" : "from";
            return ApiRoutes.Invalid(new Dictionary<string, string[]> { [field] = [t["Dates are written like 2022-11-24."]] }, t["Dates are written like 2022-11-24."]);
        }

        if (first is { } f && last is { } l && l < f)
        {
            return ApiRoutes.Invalid(new Dictionary<string, string[]> { ["to"] = [t["The end of the period comes before its start."]] }, t["The end of the period comes before its start."]);
        }

        if (region is { Length: > 0 } && !TrainingTerms.Regions.Any(r => r.Id == region))
        {
            return ApiRoutes.Invalid(new Dictionary<string, string[]> { ["region"] = [t["This region is not one of the Kingdom's twelve."]] }, t["This region is not one of the Kingdom's twelve."]);
        }

        var sessions = await schedule.SessionsAsync(new SessionQuery
        {
            From = first,
            To = last,
            RegionTermId = region is { Length: > 0 } ? region : null,
            TrainingSets = training is { Length: > 0 } ? [training.Trim()] : null,
            Take = FeedSize,
        });
        var name = region is { Length: > 0 } ? $"{t["e-TAMKEEN trainings"]} — {t[TrainingTerms.Titles[region]]}" : t["e-TAMKEEN trainings"].Value;
        return Results.Text(SessionIcal.Write(name, sessions, Site(http), s => Describe(s, t)), SessionIcal.ContentType);
    }

    private static string Describe(ScheduledSession session, IStringLocalizer t) =>
        string.Join("\n", new[]
        {
            session.TrainingTitle,
            TrainingTerms.Titles.TryGetValue(session.Info.RegionTermId, out var region) ? t[region].Value : "",
            session.Status == SessionStatus.Cancelled ? t["This session has been cancelled."].Value : "",
        }.Where(s => s.Length > 0));

    private static Uri Site(HttpContext http) => new($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}/");
}
