using System.Globalization;
using Dapper;
using ETamkeen.Data;
using ETamkeen.Trainings.Migrations;

namespace ETamkeen.Trainings.Services;

/// <summary>The attendance marks of sessions; a save replaces marks of the same participant and day, all or none.</summary>
public sealed class AttendanceStore(IDbConnectionFactory db, TimeProvider clock)
{
    private const string Table = "\"" + TrainingAttendanceMigrations.Attendance + "\"";

    public async Task<IReadOnlyList<AttendanceMark>> ForSessionAsync(string sessionId)
    {
        await using var connection = await db.OpenAsync();
        var rows = await connection.QueryAsync<(long ParticipantId, string Day, string Status, string MarkedBy, DateTime MarkedUtc)>(
            $"SELECT \"ParticipantId\", \"Day\", \"Status\", \"MarkedBy\", \"MarkedUtc\" FROM {Table} WHERE \"SessionId\" = @sessionId ORDER BY \"Day\", \"ParticipantId\"",
            new { sessionId });
        return [.. rows.Select(r => new AttendanceMark(
            r.ParticipantId,
            DateOnly.ParseExact(r.Day, DayFormat, CultureInfo.InvariantCulture),
            Enum.Parse<AttendanceStatus>(r.Status),
            r.MarkedBy,
            DbDates.FromColumn(r.MarkedUtc)))];
    }

    /// <summary>Stores the marks in one transaction: an error on any leaves the earlier marks as they were.</summary>
    public async Task SaveAsync(string sessionId, IReadOnlyCollection<AttendanceMark> marks, string markedBy)
    {
        if (marks.Count == 0)
        {
            return;
        }

        var now = DbDates.ToColumn(clock.GetUtcNow().UtcDateTime);
        await using var connection = await db.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var mark in marks)
        {
            await connection.ExecuteAsync(
                $"INSERT INTO {Table} (\"SessionId\", \"ParticipantId\", \"Day\", \"Status\", \"MarkedBy\", \"MarkedUtc\") "
                + "VALUES (@sessionId, @participantId, @day, @status, @markedBy, @now) "
                + "ON CONFLICT (\"SessionId\", \"ParticipantId\", \"Day\") DO UPDATE SET \"Status\" = excluded.\"Status\", \"MarkedBy\" = excluded.\"MarkedBy\", \"MarkedUtc\" = excluded.\"MarkedUtc\"",
                new { sessionId, participantId = mark.ParticipantId, day = Day(mark.Day), status = mark.Status.ToString(), markedBy, now },
                transaction);
        }

        await transaction.CommitAsync();
    }

    public const string DayFormat = "yyyy-MM-dd";

    public static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
