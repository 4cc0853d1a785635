using Dapper;
using ETamkeen.Data;
using ETamkeen.Trainings.Migrations;

namespace ETamkeen.Trainings.Services;

/// <summary>The evaluations and evaluation requests tables.</summary>
public sealed class EvaluationStore(IDbConnectionFactory db)
{
    private const string Evaluations = "\"" + TrainingEvaluationMigrations.Evaluations + "\"";
    private const string Requests = "\"" + TrainingEvaluationMigrations.Requests + "\"";
    private const string EvaluationColumns = "\"Id\", \"SessionId\", \"ParticipantId\", \"Kind\", \"Ratings\", \"Average\", \"Comments\", \"UseAtWork\", \"SubmittedUtc\"";
    private const string RequestColumns = "\"Id\", \"SessionId\", \"ParticipantId\", \"Kind\", \"SentUtc\", \"RemindedUtc\", \"TokenHash\"";

    /// <summary>Stores the evaluation unless that participant already answered that kind for the session; false then.</summary>
    public async Task<bool> AddAsync(EvaluationRecord evaluation)
    {
        await using var connection = await db.OpenAsync();
        var id = await connection.ExecuteScalarAsync<long?>(
            $"INSERT INTO {Evaluations} (\"SessionId\", \"ParticipantId\", \"Kind\", \"Ratings\", \"Average\", \"Comments\", \"UseAtWork\", \"SubmittedUtc\") "
            + "VALUES (@SessionId, @ParticipantId, @Kind, @Ratings, @Average, @Comments, @UseAtWork, @SubmittedUtc) "
            + "ON CONFLICT (\"SessionId\", \"ParticipantId\", \"Kind\") DO NOTHING RETURNING \"Id\"",
            new
            {
                evaluation.SessionId,
                evaluation.ParticipantId,
                evaluation.Kind,
                evaluation.Ratings,
                evaluation.Average,
                evaluation.Comments,
                evaluation.UseAtWork,
                SubmittedUtc = DbDates.ToColumn(evaluation.SubmittedUtc),
            });
        if (id is { } value)
        {
            evaluation.Id = value;
        }

        return id is not null;
    }

    public async Task<EvaluationRecord?> FindAsync(string sessionId, long participantId, EvaluationKind kind)
    {
        await using var connection = await db.OpenAsync();
        return Utc(await connection.QueryFirstOrDefaultAsync<EvaluationRecord>(
            $"SELECT {EvaluationColumns} FROM {Evaluations} WHERE \"SessionId\" = @sessionId AND \"ParticipantId\" = @participantId AND \"Kind\" = @kind",
            new { sessionId, participantId, kind = kind.ToString() }));
    }

    public async Task<IReadOnlyList<EvaluationRecord>> ForSessionAsync(string sessionId)
    {
        await using var connection = await db.OpenAsync();
        var rows = await connection.QueryAsync<EvaluationRecord>(
            $"SELECT {EvaluationColumns} FROM {Evaluations} WHERE \"SessionId\" = @sessionId ORDER BY \"SubmittedUtc\", \"Id\"", new { sessionId });
        return [.. rows.Select(r => Utc(r)!)];
    }

    public async Task<IReadOnlyList<EvaluationRequestRecord>> RequestsForSessionAsync(string sessionId)
    {
        await using var connection = await db.OpenAsync();
        var rows = await connection.QueryAsync<EvaluationRequestRecord>(
            $"SELECT {RequestColumns} FROM {Requests} WHERE \"SessionId\" = @sessionId ORDER BY \"Id\"", new { sessionId });
        return [.. rows.Select(Utc)];
    }

    /// <summary>Claims the request for that participant, session and kind; false when one was already sent (by this run or another node's).</summary>
    public async Task<bool> ClaimRequestAsync(string sessionId, long participantId, EvaluationKind kind, DateTime sentUtc, string tokenHash)
    {
        await using var connection = await db.OpenAsync();
        var id = await connection.ExecuteScalarAsync<long?>(
            $"INSERT INTO {Requests} (\"SessionId\", \"ParticipantId\", \"Kind\", \"SentUtc\", \"TokenHash\") VALUES (@sessionId, @participantId, @kind, @sentUtc, @tokenHash) "
            + "ON CONFLICT (\"SessionId\", \"ParticipantId\", \"Kind\") DO NOTHING RETURNING \"Id\"",
            new { sessionId, participantId, kind = kind.ToString(), sentUtc = DbDates.ToColumn(sentUtc), tokenHash });
        return id is not null;
    }

    /// <summary>Marks the reminder sent; false when another run did it first.</summary>
    public async Task<bool> ClaimReminderAsync(long requestId, DateTime remindedUtc, string tokenHash)
    {
        await using var connection = await db.OpenAsync();
        return await connection.ExecuteAsync(
            $"UPDATE {Requests} SET \"RemindedUtc\" = @remindedUtc, \"TokenHash\" = @tokenHash WHERE \"Id\" = @requestId AND \"RemindedUtc\" IS NULL",
            new { requestId, remindedUtc = DbDates.ToColumn(remindedUtc), tokenHash }) == 1;
    }

    /// <summary>Gives a claimed request back when its e-mail could not be sent, so the next run tries again.</summary>
    public async Task ReleaseRequestAsync(string sessionId, long participantId, EvaluationKind kind)
    {
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(
            $"DELETE FROM {Requests} WHERE \"SessionId\" = @sessionId AND \"ParticipantId\" = @participantId AND \"Kind\" = @kind",
            new { sessionId, participantId, kind = kind.ToString() });
    }

    public async Task ReleaseReminderAsync(long requestId)
    {
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync($"UPDATE {Requests} SET \"RemindedUtc\" = NULL WHERE \"Id\" = @requestId", new { requestId });
    }

    private static EvaluationRecord? Utc(EvaluationRecord? record)
    {
        if (record is not null)
        {
            record.SubmittedUtc = DbDates.FromColumn(record.SubmittedUtc);
        }

        return record;
    }

    private static EvaluationRequestRecord Utc(EvaluationRequestRecord record)
    {
        record.SentUtc = DbDates.FromColumn(record.SentUtc);
        record.RemindedUtc = DbDates.FromColumn(record.RemindedUtc);
        return record;
    }
}
