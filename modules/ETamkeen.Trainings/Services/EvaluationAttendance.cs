using System.Data.Common;
using System.Globalization;
using Dapper;
using ETamkeen.Data;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// Who was there on which day, read from the attendance sheet's table when the tenant has it and
/// the session's sheet was kept. Read defensively (the table belongs to the attendance feature
/// and may not exist, or not have been filled): null means "not known", and callers don't hold
/// it against anyone then.
/// </summary>
public sealed class EvaluationAttendance(IDbConnectionFactory db)
{
    private const string Table = "\"TrainingAttendance\"";
    private static readonly string[] PresentStatuses = ["Present", "Late"];

    /// <summary>Days each participant (or registration) was present or late, by participant id; null when no sheet is known for the session.</summary>
    public async Task<IReadOnlyDictionary<long, HashSet<DateOnly>>?> PresentDaysAsync(string sessionId, IReadOnlyDictionary<long, long> participantByRegistration)
    {
        IReadOnlyList<IDictionary<string, object?>> rows;
        try
        {
            await using var connection = await db.OpenAsync();
            rows = [.. (await connection.QueryAsync($"SELECT * FROM {Table} WHERE \"SessionId\" = @sessionId", new { sessionId }))
                .Cast<IDictionary<string, object?>>()];
        }
        catch (DbException)
        {
            return null;
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var present = new Dictionary<long, HashSet<DateOnly>>();
        foreach (var row in rows)
        {
            var status = Value(row, "Status")?.ToString() ?? "";
            if (!PresentStatuses.Contains(status, StringComparer.OrdinalIgnoreCase) || Day(Value(row, "Day") ?? Value(row, "Date")) is not { } day)
            {
                continue;
            }

            long? participant = Number(Value(row, "ParticipantId"));
            if (participant is null && Number(Value(row, "RegistrationId")) is { } registration && participantByRegistration.TryGetValue(registration, out var p))
            {
                participant = p;
            }

            if (participant is { } id)
            {
                (present.TryGetValue(id, out var days) ? days : present[id] = []).Add(day);
            }
        }

        return present;
    }

    private static object? Value(IDictionary<string, object?> row, string column) =>
        row.FirstOrDefault(c => string.Equals(c.Key, column, StringComparison.OrdinalIgnoreCase)).Value;

    private static long? Number(object? value) => value switch
    {
        null => null,
        long l => l,
        int i => i,
        decimal d => (long)d,
        _ => long.TryParse(value.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    private static DateOnly? Day(object? value) => value switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        DateOnly d => d,
        string s when s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => null,
    };
}
