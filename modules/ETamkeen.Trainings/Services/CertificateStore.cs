using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using ETamkeen.Data;
using ETamkeen.Trainings.Migrations;

namespace ETamkeen.Trainings.Services;

/// <summary>The certificates table. Issuing is idempotent: one certificate per participant and session.</summary>
public sealed class CertificateStore(IDbConnectionFactory db)
{
    private const string Table = "\"" + TrainingCertificateMigrations.Certificates + "\"";
    private const string Columns = "\"Id\", \"Number\", \"Code\", \"ParticipantId\", \"SessionId\", \"CertificationPathId\", \"IssuedUtc\", \"ExpiresUtc\", \"RevokedUtc\"";

    // No 0/O or 1/I/L: the code is read off paper and typed in.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int CodeLength = 12;

    public Task<CertificateRecord?> ByNumberAsync(string number) => FirstAsync("\"Number\" = @value", number);

    public Task<CertificateRecord?> ByCodeAsync(string code) => FirstAsync("\"Code\" = @value", code);

    public async Task<CertificateRecord?> ForSessionAsync(string sessionId, long participantId)
    {
        await using var connection = await db.OpenAsync();
        return Utc(await connection.QueryFirstOrDefaultAsync<CertificateRecord>(
            $"SELECT {Columns} FROM {Table} WHERE \"SessionId\" = @sessionId AND \"ParticipantId\" = @participantId", new { sessionId, participantId }));
    }

    /// <summary>
    /// The participant's certificate for the session, issued now when there is none: numbered
    /// <c>ETK-{year}-{id}</c> from its row id in the same transaction, so numbers never collide.
    /// </summary>
    public async Task<CertificateRecord> IssueAsync(string sessionId, long participantId, int year, DateTime issuedUtc)
    {
        if (await ForSessionAsync(sessionId, participantId) is { } existing)
        {
            return existing;
        }

        var code = NewCode();
        await using (var connection = await db.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var id = await connection.ExecuteScalarAsync<long?>(
                $"INSERT INTO {Table} (\"Number\", \"Code\", \"ParticipantId\", \"SessionId\", \"IssuedUtc\") VALUES (@pending, @code, @participantId, @sessionId, @issuedUtc) "
                + "ON CONFLICT (\"SessionId\", \"ParticipantId\") DO NOTHING RETURNING \"Id\"",
                new { pending = "pending-" + code, code, participantId, sessionId, issuedUtc = DbDates.ToColumn(issuedUtc) }, transaction);
            if (id is { } value)
            {
                var number = string.Create(CultureInfo.InvariantCulture, $"ETK-{year:0000}-{value:000000}");
                await connection.ExecuteAsync($"UPDATE {Table} SET \"Number\" = @number WHERE \"Id\" = @value", new { number, value }, transaction);
            }

            await transaction.CommitAsync();
        }

        return await ForSessionAsync(sessionId, participantId)
            ?? throw new InvalidOperationException("A certificate vanished while being issued.");
    }

    public static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);

    /// <summary>A code as typed: upper-cased, spaces and dashes dropped; null when it can't be one.</summary>
    public static string? NormalizeCode(string? code)
    {
        var text = new string((code ?? "").Where(c => c is not (' ' or '-')).ToArray()).ToUpperInvariant();
        return text.Length == CodeLength && text.All(CodeAlphabet.Contains) ? text : null;
    }

    private async Task<CertificateRecord?> FirstAsync(string where, string value)
    {
        await using var connection = await db.OpenAsync();
        return Utc(await connection.QueryFirstOrDefaultAsync<CertificateRecord>($"SELECT {Columns} FROM {Table} WHERE {where}", new { value }));
    }

    private static CertificateRecord? Utc(CertificateRecord? record)
    {
        if (record is not null)
        {
            record.IssuedUtc = DbDates.FromColumn(record.IssuedUtc);
            record.ExpiresUtc = DbDates.FromColumn(record.ExpiresUtc);
            record.RevokedUtc = DbDates.FromColumn(record.RevokedUtc);
        }

        return record;
    }
}
