using System.Data.Common;
using Dapper;
using ETamkeen.Data;
using ETamkeen.Trainings.Migrations;
using ETamkeen.Trainings.Models;

namespace ETamkeen.Trainings.Services;

/// <summary>The tenant's participants; the e-mail address (lower-cased) is unique.</summary>
public sealed class ParticipantStore(IDbConnectionFactory db)
{
    private const string Table = "\"" + TrainingRecordsMigrations.Participants + "\"";
    internal const string Columns = "\"Id\", \"Email\", \"FirstName\", \"LastName\", \"Sex\", \"AdministrationId\", \"Grade\", \"RegionTermId\", \"Function\", \"UserName\", \"CreatedUtc\"";

    public async Task<Participant?> GetAsync(long id)
    {
        await using var connection = await db.OpenAsync();
        return Utc(await connection.QueryFirstOrDefaultAsync<Participant>($"SELECT {Columns} FROM {Table} WHERE \"Id\" = @id", new { id }));
    }

    public async Task<Participant?> FindByEmailAsync(string email)
    {
        await using var connection = await db.OpenAsync();
        return await FindByEmailAsync(connection, null, email);
    }

    public async Task<Participant?> FindByUserAsync(string userName)
    {
        await using var connection = await db.OpenAsync();
        return Utc(await connection.QueryFirstOrDefaultAsync<Participant>(
            $"SELECT {Columns} FROM {Table} WHERE \"UserName\" = @userName ORDER BY \"Id\"", new { userName }));
    }

    public async Task<IReadOnlyList<Participant>> GetManyAsync(IEnumerable<long> ids)
    {
        var list = ids.Distinct().ToArray();
        if (list.Length == 0)
        {
            return [];
        }

        await using var connection = await db.OpenAsync();
        var found = new List<Participant>();
        // Chunks keep the parameter count under SQLite's limit.
        foreach (var chunk in list.Chunk(500))
        {
            found.AddRange(await connection.QueryAsync<Participant>($"SELECT {Columns} FROM {Table} WHERE " + db.Dialect.In("\"Id\"", "chunk"), new { chunk }));
        }

        return [.. found.Select(p => Utc(p)!)];
    }

    /// <summary>
    /// The participant with this e-mail, created from <paramref name="candidate"/> when new.
    /// Two requests creating the same person at once both end with the one row.
    /// </summary>
    public async Task<(Participant Participant, bool Created)> GetOrCreateAsync(Participant candidate)
    {
        candidate.Email = Normalize(candidate.Email);
        await using var connection = await db.OpenAsync();
        if (await FindByEmailAsync(connection, null, candidate.Email) is { } existing)
        {
            return (existing, false);
        }

        var id = await connection.ExecuteScalarAsync<long?>(
            $"INSERT INTO {Table} (\"Email\", \"FirstName\", \"LastName\", \"Sex\", \"AdministrationId\", \"Grade\", \"RegionTermId\", \"Function\", \"UserName\", \"CreatedUtc\") "
            + "VALUES (@Email, @FirstName, @LastName, @Sex, @AdministrationId, @Grade, @RegionTermId, @Function, @UserName, @CreatedUtc) "
            + "ON CONFLICT (\"Email\") DO NOTHING RETURNING \"Id\"",
            new
            {
                candidate.Email,
                candidate.FirstName,
                candidate.LastName,
                candidate.Sex,
                candidate.AdministrationId,
                candidate.Grade,
                candidate.RegionTermId,
                candidate.Function,
                candidate.UserName,
                CreatedUtc = DbDates.ToColumn(candidate.CreatedUtc),
            });
        if (id is null)
        {
            return (await FindByEmailAsync(connection, null, candidate.Email)
                ?? throw new InvalidOperationException("A participant vanished while being registered."), false);
        }

        candidate.Id = id.Value;
        return (candidate, true);
    }

    /// <summary>Updates the details a participant or a manager may change; the e-mail stays the key.</summary>
    public async Task UpdateAsync(Participant participant)
    {
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(
            $"UPDATE {Table} SET \"FirstName\" = @FirstName, \"LastName\" = @LastName, \"Sex\" = @Sex, \"AdministrationId\" = @AdministrationId, "
            + "\"Grade\" = @Grade, \"RegionTermId\" = @RegionTermId, \"Function\" = @Function, \"UserName\" = @UserName WHERE \"Id\" = @Id",
            new { participant.FirstName, participant.LastName, participant.Sex, participant.AdministrationId, participant.Grade, participant.RegionTermId, participant.Function, participant.UserName, participant.Id });
    }

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    private static async Task<Participant?> FindByEmailAsync(DbConnection connection, DbTransaction? transaction, string email) =>
        Utc(await connection.QueryFirstOrDefaultAsync<Participant>(
            $"SELECT {Columns} FROM {Table} WHERE \"Email\" = @email", new { email = Normalize(email) }, transaction));

    private static Participant? Utc(Participant? participant)
    {
        if (participant is not null)
        {
            participant.CreatedUtc = DbDates.FromColumn(participant.CreatedUtc);
        }

        return participant;
    }
}
