using System.Globalization;
using CsvHelper;
using ETamkeen.Trainings.Models;
using MiniExcelLibs;

namespace ETamkeen.Trainings.Services;

/// <summary>A table to export: column names (stable identifiers, the same in every culture, so files can be re-imported and scripted) and rows.</summary>
public sealed record ExportTable(IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows);

/// <summary>
/// Registrations and attendance with their full context (training, session, dates, times,
/// duration, place, trainers, participant, administration), one row per registration or per
/// registration and day, as CSV (UTF-8 with a byte-order mark, which Excel needs to read Arabic)
/// or as an Excel workbook.
/// </summary>
public sealed class TrainingExportWriter(TrainingExportContext context)
{
    private static readonly string[] SessionColumns =
        ["training", "session", "first_day", "last_day", "days", "daily_start", "daily_end", "duration_hours", "city", "region", "trainers"];

    private static readonly string[] PersonColumns =
        ["email", "first_name", "last_name", "sex", "grade", "function", "administration", "administration_acronym", "status"];

    /// <summary>One row per registration, with a summary of attendance for the approved ones.</summary>
    public async Task<ExportTable> RegistrationsAsync(IEnumerable<SessionContext> sessions, IReadOnlyCollection<string>? scope, string culture)
    {
        var administrations = await context.AdministrationsAsync();
        var rows = new List<object?[]>();
        foreach (var session in sessions)
        {
            foreach (var record in await context.RecordsAsync(session.Info.ContentItemId, scope))
            {
                var registration = record.Registration;
                var marks = record.Marks.OrderBy(m => m.Day).ToList();
                rows.Add([
                    .. Session(session), .. Person(record, administrations, culture), registration.Status.ToString(),
                    registration.WaitlistPosition, registration.RequestedBy, Utc(registration.RequestedUtc), registration.DecidedBy, Utc(registration.DecidedUtc),
                    marks.Count(m => m.Attended),
                    string.Join("; ", marks.Select(m => AttendanceStore.Day(m.Day) + " " + m.Status)),
                ]);
            }
        }

        return new ExportTable([.. SessionColumns, .. PersonColumns, "waitlist_position", "requested_by", "requested_utc", "decided_by", "decided_utc", "days_attended", "attendance"], rows);
    }

    /// <summary>
    /// One row per approved participant and session day; the first columns are those the
    /// attendance import reads (email, day, status), so a sheet filled in a spreadsheet goes back in.
    /// </summary>
    public async Task<ExportTable> AttendanceAsync(IEnumerable<SessionContext> sessions, IReadOnlyCollection<string>? scope, string culture)
    {
        var administrations = await context.AdministrationsAsync();
        var rows = new List<object?[]>();
        foreach (var session in sessions)
        {
            foreach (var record in (await context.RecordsAsync(session.Info.ContentItemId, scope)).Where(r => r.Registration.Status == RegistrationStatus.Approved))
            {
                var marks = record.Marks.ToDictionary(m => m.Day);
                foreach (var day in session.Info.Days)
                {
                    var mark = marks.GetValueOrDefault(day);
                    rows.Add([record.Participant.Email, AttendanceStore.Day(day), mark?.Status.ToString() ?? "", .. Session(session), .. Person(record, administrations, culture)[1..], mark?.MarkedBy, Utc(mark?.MarkedUtc)]);
                }
            }
        }

        return new ExportTable(["email", "day", "status", .. SessionColumns, .. PersonColumns[1..^1], "marked_by", "marked_utc"], rows);
    }

    public static byte[] Csv(ExportTable table)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true))
        {
            foreach (var header in table.Headers)
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(Text(cell));
                }

                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Xlsx(ExportTable table)
    {
        var rows = table.Rows.Select(row =>
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < table.Headers.Count; i++)
            {
                values[table.Headers[i]] = row[i] is double or int or long ? row[i] : Text(row[i]);
            }

            return values;
        }).ToList();
        using var buffer = new MemoryStream();
        if (rows.Count == 0)
        {
            // MiniExcel writes no header from an empty list: one empty row keeps the columns readable.
            rows.Add(table.Headers.ToDictionary(h => h, _ => (object?)"", StringComparer.Ordinal));
        }

        buffer.SaveAs(rows, sheetName: "export", excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    private static object?[] Session(SessionContext session)
    {
        var info = session.Info;
        return [session.TrainingTitle, info.Title, Day(info.FirstDay), Day(info.LastDay), string.Join(", ", info.Days.Select(AttendanceStore.Day)),
            info.DailyStart.ToString("HH:mm", CultureInfo.InvariantCulture), info.DailyEnd.ToString("HH:mm", CultureInfo.InvariantCulture),
            Math.Round(info.Hours, 2), info.City, session.Region, string.Join(", ", session.Trainers)];
    }

    private static object?[] Person(SessionRecord record, IReadOnlyDictionary<string, AdministrationName> administrations, string culture)
    {
        var person = record.Participant;
        var administration = administrations.GetValueOrDefault(record.Registration.AdministrationId);
        return [person.Email, person.FirstName, person.LastName, person.Sex, person.Grade, person.Function,
            administration?.In(culture) ?? record.Registration.AdministrationId, administration?.Acronym ?? ""];
    }

    private static string Day(DateOnly? day) => day is { } d ? AttendanceStore.Day(d) : "";

    private static string? Utc(DateTime? when) => when?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Text(object? cell) => cell switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
