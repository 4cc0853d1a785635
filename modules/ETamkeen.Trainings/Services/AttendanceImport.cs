using CsvHelper;
using ETamkeen.Trainings.Models;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.Services;

/// <summary>A row of an import that can't be taken, by its line number in the file (the header is line 1).</summary>
public sealed record ImportProblem(int Row, string Reason);

public sealed record AttendanceImportResult(int Imported, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Reads an attendance file (columns <c>email</c>, <c>day</c>, <c>status</c>; other columns, such as
/// those of our own export, are ignored, and so are rows without a status) and stores it only when every row is good: one bad row
/// and nothing is imported, and the report names each bad row with its reason.
/// </summary>
public sealed class AttendanceImport(AttendanceStore store, IStringLocalizer<AttendanceImport> t)
{
    public const int MaxRows = 20_000;
    private static readonly string[] Required = ["email", "day", "status"];

    public async Task<AttendanceImportResult> ImportAsync(SessionInfo session, IReadOnlyList<SessionRecord> records, string text, string markedBy)
    {
        var approved = records.Where(r => r.Registration.Status == RegistrationStatus.Approved)
            .ToDictionary(r => ParticipantStore.Normalize(r.Participant.Email), r => r.Participant.Id, StringComparer.Ordinal);
        var problems = new List<ImportProblem>();
        var marks = new Dictionary<(long, DateOnly), AttendanceMark>();
        var seen = new Dictionary<(long, DateOnly), int>();
        var malformed = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            // Excel in French or Arabic saves with semicolons: the separator is detected.
            TrimWhitespace = true,
            TrackLineNumbers = true,
            // A stray quote ends at the line break instead of swallowing the rest of the file.
            AllowLineBreaksInQuotes = false,
            MaxRecordSize = 64 * 1024,
            OnMalformedRecord = record => malformed.Add(record.LineNumber),
        };

        try
        {
            using var csv = CsvReader.FromText(text, options);
            await csv.ReadHeaderAsync();
            var columns = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
            if (columns.Count == 0)
            {
                return Fail(1, t["The file is empty."]);
            }

            if (Required.Any(c => !columns.Contains(c)))
            {
                return Fail(1, t["The first line must name the columns email, day and status."]);
            }

            var (email, day, status) = (columns.IndexOf("email"), columns.IndexOf("day"), columns.IndexOf("status"));
            while (await csv.ReadAsync())
            {
                var row = (int)csv.LineNumber;
                if (csv.RowNumber > MaxRows)
                {
                    problems.Add(new ImportProblem(row, t["A file may hold at most {0} rows.", MaxRows]));
                    break;
                }

                if (malformed.Contains(csv.LineNumber) || csv.FieldCount != columns.Count)
                {
                    problems.Add(new ImportProblem(row, t["This line is malformed: it should have {0} columns.", columns.Count]));
                    continue;
                }

                if (csv.IsEmpty(status))
                {
                    // A sheet exported blank and filled in a spreadsheet: the rows nobody marked stay unmarked.
                    continue;
                }

                var reason = Check(session, approved, csv.GetString(email) ?? "", csv.GetString(day) ?? "", csv.GetString(status) ?? "", markedBy, out var mark);
                if (reason is null && seen.TryGetValue((mark!.ParticipantId, mark.Day), out var first))
                {
                    reason = t["This participant and day were already given on line {0}.", first];
                }

                if (reason is not null)
                {
                    problems.Add(new ImportProblem(row, reason));
                    continue;
                }

                seen[(mark!.ParticipantId, mark.Day)] = row;
                marks[(mark.ParticipantId, mark.Day)] = mark;
            }
        }
        catch (CsvFormatException error)
        {
            problems.Add(new ImportProblem((int)error.LineNumber, t["The file can't be read as CSV past this line."]));
        }

        if (problems.Count > 0)
        {
            return new AttendanceImportResult(0, problems);
        }

        if (marks.Count == 0)
        {
            return Fail(1, t["The file has no attendance rows."]);
        }

        await store.SaveAsync(session.ContentItemId, [.. marks.Values], markedBy);
        return new AttendanceImportResult(marks.Count, []);
    }

    private string? Check(SessionInfo session, Dictionary<string, long> approved, string email, string day, string status, string by, out AttendanceMark? mark)
    {
        mark = null;
        if (!approved.TryGetValue(ParticipantStore.Normalize(email), out var participantId))
        {
            return email.Length == 0 ? t["The e-mail is missing."] : t["{0} has no approved registration for this session.", email];
        }

        if (!AttendanceStore.TryParseDay(day, out var date) || !session.Days.Contains(date))
        {
            return t["{0} is not a day of this session (days are written like 2022-11-24).", day];
        }

        if (!AttendanceMark.TryParseStatus(status, out var state))
        {
            return t["{0} is not a status: use Present, Absent, Late or Excused.", status];
        }

        mark = new AttendanceMark(participantId, date, state, by);
        return null;
    }

    private static AttendanceImportResult Fail(int row, string reason) => new(0, [new ImportProblem(row, reason)]);
}
