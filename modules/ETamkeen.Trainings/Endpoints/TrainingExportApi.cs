using System.Globalization;
using ETamkeen.Api;
using ETamkeen.Trainings.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.Endpoints;

/// <summary>
/// Exports of registrations and attendance, per session or for the sessions of a period, as CSV
/// or Excel. Focal points get their administrations' rows only; a session that isn't there (or
/// is another tenant's) is a 404.
/// </summary>
public static class TrainingExportApi
{
    private const string CsvType = "text/csv; charset=utf-8";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapTrainingExportApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapAuthenticatedApiGroup("/api/trainings");
        api.MapGet("/sessions/{id}/registrations.{format:regex(^(csv|xlsx)$)}", (string id, string format, HttpContext http) => SessionAsync(id, format, attendance: false, http));
        api.MapGet("/sessions/{id}/attendance.{format:regex(^(csv|xlsx)$)}", (string id, string format, HttpContext http) => SessionAsync(id, format, attendance: true, http));
        api.MapGet("/exports/registrations.{format:regex(^(csv|xlsx)$)}", (string format, string? from, string? to, HttpContext http) => PeriodAsync(format, from, to, attendance: false, http));
        api.MapGet("/exports/attendance.{format:regex(^(csv|xlsx)$)}", (string format, string? from, string? to, HttpContext http) => PeriodAsync(format, from, to, attendance: true, http));
    }

    private static async Task<IResult> SessionAsync(string id, string format, bool attendance, HttpContext http)
    {
        var services = http.RequestServices;
        var access = await services.GetRequiredService<AttendanceAccess>().ForAsync(http.User);
        if (!access.CanView)
        {
            return Results.Forbid();
        }

        if (await services.GetRequiredService<TrainingExportContext>().SessionAsync(id) is not { } session)
        {
            return Results.NotFound();
        }

        return await FileAsync([session], access, format, attendance, $"session-{id}", http);
    }

    private static async Task<IResult> PeriodAsync(string format, string? from, string? to, bool attendance, HttpContext http)
    {
        var services = http.RequestServices;
        var t = services.GetRequiredService<IStringLocalizer<TrainingExportWriter>>();
        var access = await services.GetRequiredService<AttendanceAccess>().ForAsync(http.User);
        if (!access.CanView)
        {
            return Results.Forbid();
        }

        if (!TryDay(from, out var fromDay) || !TryDay(to, out var toDay))
        {
            return ApiRoutes.Invalid(TryDay(from, out _) ? "to" : "from", t["Dates are written like 2022-11-24."]);
        }

        if (fromDay is { } f && toDay is { } u && (u < f || u.DayNumber - f.DayNumber > 3660))
        {
            return ApiRoutes.Invalid("to", t["The period must end after it starts, within ten years."]);
        }

        var sessions = await services.GetRequiredService<TrainingExportContext>().SessionsAsync(fromDay, toDay);
        return await FileAsync(sessions, access, format, attendance, $"sessions-{from ?? "start"}-{to ?? "end"}", http);
    }

    private static async Task<IResult> FileAsync(IReadOnlyList<SessionContext> sessions, RecordAccess access, string format, bool attendance, string name, HttpContext http)
    {
        var writer = http.RequestServices.GetRequiredService<TrainingExportWriter>();
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var table = attendance
            ? await writer.AttendanceAsync(sessions, access.Scope, culture)
            : await writer.RegistrationsAsync(sessions, access.Scope, culture);
        var file = (attendance ? "attendance-" : "registrations-") + name + "." + format;
        return format == "xlsx"
            ? Results.File(TrainingExportWriter.Xlsx(table), XlsxType, file)
            : Results.File(TrainingExportWriter.Csv(table), CsvType, file);
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = AttendanceStore.TryParseDay(text, out var parsed);
        day = ok ? parsed : null;
        return ok;
    }
}
