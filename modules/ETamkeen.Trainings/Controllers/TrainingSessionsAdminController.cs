using System.Globalization;
using ETamkeen.Trainings.Models;
using ETamkeen.Trainings.Services;
using ETamkeen.Trainings.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.Controllers;

/// <summary>
/// A session's back-office page (its figures) and its attendance sheet. Focal points see their
/// administrations' participants; only those who mark attendance (coordinators, markers) save or import.
/// </summary>
[Authorize]
[AutoValidateAntiforgeryToken]
[Route("admin/trainings/sessions/{id}")]
public sealed class TrainingSessionsAdminController(
    AttendanceAccess access,
    TrainingExportContext context,
    RegistrationStore registrations,
    AttendanceStore attendance,
    AttendanceImport import,
    ProgrammeCalendar calendar,
    IStringLocalizer<TrainingSessionsAdminController> t) : Controller
{
    /// <summary>Attendance files are small: a session's few dozen people over a few days.</summary>
    private const long MaxImportBytes = 2 * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Session(string id)
    {
        var opened = await OpenAsync(id);
        if (opened.Refusal is { } refusal)
        {
            return refusal;
        }

        var (session, rights) = (opened.Session!, opened.Rights);
        var records = await context.RecordsAsync(id, rights.Scope);
        var names = await context.AdministrationsAsync();
        var taken = await registrations.SeatsTakenAsync(id);
        var approved = records.Where(r => r.Registration.Status == RegistrationStatus.Approved).ToList();
        return View(new SessionFiguresViewModel
        {
            Session = session,
            Status = session.Info.Status(calendar.Today, taken),
            SeatsTaken = taken,
            SeatsLeft = Math.Max(0, session.Info.MaxCapacity - taken),
            Scoped = rights.Scope is not null,
            ByStatus = records.GroupBy(r => r.Registration.Status).ToDictionary(g => g.Key, g => g.Count()),
            WomenShare = approved.Count == 0 ? null : (double)approved.Count(r => r.Participant.Sex == "F") / approved.Count,
            ByAdministration = [.. records.GroupBy(r => r.Registration.AdministrationId)
                .Select(g => (Name(names, g.Key), g.Count(), g.Count(r => r.Registration.Status == RegistrationStatus.Approved)))
                .OrderByDescending(x => x.Item2)],
            Days = [.. session.Info.Days.Select(day =>
            {
                var marks = approved.SelectMany(r => r.Marks).Where(m => m.Day == day).ToList();
                return new AttendanceDay(day, marks.Count(m => m.Attended), marks.Count, approved.Count);
            })],
        });
    }

    [HttpGet("attendance")]
    public async Task<IActionResult> Attendance(string id, string? day, string? print)
    {
        var opened = await OpenAsync(id);
        if (opened.Refusal is { } refusal)
        {
            return refusal;
        }

        var session = opened.Session!;
        string? error = null;
        if (!TryDay(session, day, out var chosen))
        {
            error = t["{0} is not a day of this session; here is its first day.", day ?? ""];
        }

        var model = await SheetAsync(session, opened.Rights, chosen, error, []);
        return print is "1" or "true" ? View("AttendancePrint", model) : View(model);
    }

    [HttpPost("attendance")]
    public async Task<IActionResult> SaveAttendance(string id, string? day, [FromForm] Dictionary<string, string>? marks)
    {
        var opened = await OpenAsync(id, mark: true);
        if (opened.Refusal is { } refusal)
        {
            return refusal;
        }

        var session = opened.Session!;
        if (!TryDay(session, day, out var chosen))
        {
            return await SheetResultAsync(opened, chosen, t["{0} is not a day of this session.", day ?? ""]);
        }

        var approved = (await context.RecordsAsync(id, null)).Where(r => r.Registration.Status == RegistrationStatus.Approved)
            .ToDictionary(r => r.Participant.Id);
        var list = new List<AttendanceMark>();
        foreach (var (key, value) in marks ?? [])
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (!long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var participantId) || !approved.ContainsKey(participantId))
            {
                return await SheetResultAsync(opened, chosen, t["The sheet names someone who has no approved registration for this session."]);
            }

            if (!AttendanceMark.TryParseStatus(value, out var status))
            {
                return await SheetResultAsync(opened, chosen, t["{0} is not a status: use Present, Absent, Late or Excused.", value]);
            }

            list.Add(new AttendanceMark(participantId, chosen, status));
        }

        await attendance.SaveAsync(id, list, User.Identity?.Name ?? "");
        TempData["Notice"] = t["Attendance for {0} is saved ({1} marks).", AttendanceStore.Day(chosen), list.Count].Value;
        return RedirectToAction(nameof(Attendance), new { id, day = AttendanceStore.Day(chosen) });
    }

    [HttpPost("attendance/import")]
    [RequestSizeLimit(MaxImportBytes + 64 * 1024)]
    public async Task<IActionResult> Import(string id, IFormFile? file, string? csv)
    {
        var opened = await OpenAsync(id, mark: true);
        if (opened.Refusal is { } refusal)
        {
            return refusal;
        }

        var first = opened.Session!.Info.FirstDay ?? calendar.Today;
        if (file is { Length: > MaxImportBytes } || csv is { Length: > (int)MaxImportBytes })
        {
            return await SheetResultAsync(opened, first, t["The file is too large (at most 2 MB)."]);
        }

        var text = csv ?? "";
        if (file is { Length: > 0 })
        {
            using var reader = new StreamReader(file.OpenReadStream(), detectEncodingFromByteOrderMarks: true);
            text = await reader.ReadToEndAsync();
        }

        var result = await import.ImportAsync(opened.Session!.Info, await context.RecordsAsync(id, null), text, User.Identity?.Name ?? "");
        if (!result.Succeeded)
        {
            var model = await SheetAsync(opened.Session!, opened.Rights, first, t["Nothing was imported: correct the rows below and import the file again."], result.Problems);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Attendance), model);
        }

        TempData["Notice"] = t["{0} attendance marks imported.", result.Imported].Value;
        return RedirectToAction(nameof(Attendance), new { id });
    }

    private async Task<AttendanceSheetViewModel> SheetAsync(SessionContext session, RecordAccess rights, DateOnly day, string? error, IReadOnlyList<ImportProblem> problems)
    {
        var names = await context.AdministrationsAsync();
        var rows = (await context.RecordsAsync(session.Info.ContentItemId, rights.Scope))
            .Where(r => r.Registration.Status == RegistrationStatus.Approved)
            .OrderBy(r => r.Participant.LastName, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Participant.FirstName, StringComparer.CurrentCultureIgnoreCase)
            .Select(r => new AttendanceSheetRow(r, Name(names, r.Registration.AdministrationId), r.Marks.FirstOrDefault(m => m.Day == day)?.Status))
            .ToList();
        return new AttendanceSheetViewModel { Session = session, Day = day, Rows = rows, CanMark = rights.CanMark, Error = error, Problems = problems };
    }

    private async Task<IActionResult> SheetResultAsync(Opened opened, DateOnly day, string error)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Attendance), await SheetAsync(opened.Session!, opened.Rights, day, error, []));
    }

    /// <summary>The session and the caller's rights on it, or the refusal when they may not (403) or it isn't there (404).</summary>
    private async Task<Opened> OpenAsync(string id, bool mark = false)
    {
        var rights = await access.ForAsync(User);
        if (!rights.CanView || (mark && !rights.CanMark))
        {
            return new Opened(null, rights, Forbid());
        }

        return await context.SessionAsync(id) is { } session ? new Opened(session, rights, null) : new Opened(null, rights, NotFound());
    }

    private static bool TryDay(SessionContext session, string? text, out DateOnly day)
    {
        var days = session.Info.Days;
        if (string.IsNullOrWhiteSpace(text))
        {
            day = days.FirstOrDefault();
            return days.Count > 0;
        }

        var ok = AttendanceStore.TryParseDay(text, out day) && days.Contains(day);
        if (!ok)
        {
            day = days.FirstOrDefault();
        }

        return ok;
    }

    private static string Name(IReadOnlyDictionary<string, AdministrationName> names, string id) =>
        names.TryGetValue(id, out var a) ? a.In(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) + (a.Acronym.Length > 0 ? " (" + a.Acronym + ")" : "") : id;

    private sealed record Opened(SessionContext? Session, RecordAccess Rights, IActionResult? Refusal);
}
