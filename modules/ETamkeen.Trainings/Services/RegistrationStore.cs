using System.Data.Common;
using Dapper;
using ETamkeen.Data;
using ETamkeen.Trainings.Migrations;
using ETamkeen.Trainings.Models;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// Registrations and the seat counter. Every change to a session's seats runs in one
/// transaction that first writes that session's counter row: on PostgreSQL the row lock
/// queues concurrent requests for the same session (and only that session), on SQLite the
/// write transaction does; so seats are never over-sold and the waiting list keeps arrival order.
/// </summary>
public sealed class RegistrationStore(IDbConnectionFactory db, TimeProvider clock, SessionGate gate)
{
    private const string Table = "\"" + TrainingRecordsMigrations.Registrations + "\"";
    private const string Seats = "\"" + TrainingRecordsMigrations.Seats + "\"";
    internal const string Columns = "\"Id\", \"SessionId\", \"ParticipantId\", \"AdministrationId\", \"Status\", \"WaitlistPosition\", \"RequestedBy\", \"RequestedUtc\", \"DecidedBy\", \"DecidedUtc\", \"Reason\"";

    public async Task<Registration?> GetAsync(long id)
    {
        await using var connection = await db.OpenAsync();
        return Utc(await connection.QueryFirstOrDefaultAsync<Registration>($"SELECT {Columns} FROM {Table} WHERE \"Id\" = @id", new { id }));
    }

    /// <summary>A session's registrations: seat holders first, then the waiting list in order, then the others.</summary>
    public async Task<IReadOnlyList<Registration>> ForSessionAsync(string sessionId, IReadOnlyCollection<string>? administrations = null)
    {
        await using var connection = await db.OpenAsync();
        var rows = await connection.QueryAsync<Registration>(
            $"SELECT {Columns} FROM {Table} WHERE \"SessionId\" = @sessionId" + Scope(administrations) + " ORDER BY \"Id\"",
            new { sessionId, administrations = administrations?.ToArray() });
        return Order(rows.Select(r => Utc(r)!));
    }

    /// <summary>Registrations across sessions, newest first, optionally limited to some administrations and statuses.</summary>
    public async Task<IReadOnlyList<Registration>> ListAsync(IReadOnlyCollection<string>? administrations, RegistrationStatus? status, int take)
    {
        await using var connection = await db.OpenAsync();
        var sql = $"SELECT {Columns} FROM {Table} WHERE 1 = 1" + Scope(administrations)
            + (status is null ? "" : " AND \"Status\" = @status")
            + " ORDER BY \"RequestedUtc\" DESC, \"Id\" DESC" + db.Dialect.Page(0, take);
        var rows = await connection.QueryAsync<Registration>(sql, new { administrations = administrations?.ToArray(), status = status?.ToString() });
        return [.. rows.Select(r => Utc(r)!)];
    }

    public async Task<IReadOnlyList<Registration>> ForParticipantAsync(long participantId)
    {
        await using var connection = await db.OpenAsync();
        var rows = await connection.QueryAsync<Registration>($"SELECT {Columns} FROM {Table} WHERE \"ParticipantId\" = @participantId ORDER BY \"Id\"", new { participantId });
        return [.. rows.Select(r => Utc(r)!)];
    }

    public async Task<int> SeatsTakenAsync(string sessionId)
    {
        await using var connection = await db.OpenAsync();
        return await connection.ExecuteScalarAsync<int?>($"SELECT \"Taken\" FROM {Seats} WHERE \"SessionId\" = @sessionId", new { sessionId }) ?? 0;
    }

    /// <summary>Seats taken per session, for lists.</summary>
    public async Task<IReadOnlyDictionary<string, int>> SeatsTakenAsync(IReadOnlyCollection<string> sessionIds)
    {
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        if (sessionIds.Count == 0)
        {
            return taken;
        }

        await using var connection = await db.OpenAsync();
        foreach (var chunk in sessionIds.Distinct().Chunk(500))
        {
            foreach (var row in await connection.QueryAsync<(string SessionId, int Taken)>($"SELECT \"SessionId\", \"Taken\" FROM {Seats} WHERE " + db.Dialect.In("\"SessionId\"", "chunk"), new { chunk }))
            {
                taken[row.SessionId] = row.Taken;
            }
        }

        return taken;
    }

    /// <summary>
    /// Takes a seat for the participant, or a place on the waiting list when the session is full.
    /// A participant already active on the session gets their registration back with
    /// <c>Created = false</c>; one who had cancelled or been declined is registered again.
    /// </summary>
    public async Task<(Registration Registration, bool Created)> RegisterAsync(Registration candidate, int capacity, bool approved)
    {
        using var turn = await gate.EnterAsync(candidate.SessionId);
        await using var connection = await db.OpenAsync();
        await EnsureSeatsRowAsync(connection, candidate.SessionId);
        await using var transaction = await connection.BeginTransactionAsync();

        // Writing the counter first is what queues this session's registrations behind each other.
        var seated = await connection.ExecuteAsync(
            $"UPDATE {Seats} SET \"Taken\" = \"Taken\" + 1 WHERE \"SessionId\" = @SessionId AND \"Taken\" < @capacity",
            new { candidate.SessionId, capacity }, transaction) == 1;
        var existing = Utc(await connection.QueryFirstOrDefaultAsync<Registration>(
            $"SELECT {Columns} FROM {Table} WHERE \"SessionId\" = @SessionId AND \"ParticipantId\" = @ParticipantId",
            new { candidate.SessionId, candidate.ParticipantId }, transaction));
        if (existing is not null && existing.Status.IsActive())
        {
            await transaction.RollbackAsync();
            return (existing, false);
        }

        candidate.RequestedUtc = clock.GetUtcNow().UtcDateTime;
        if (seated)
        {
            candidate.Status = approved ? RegistrationStatus.Approved : RegistrationStatus.Requested;
            candidate.WaitlistPosition = null;
            if (approved)
            {
                candidate.DecidedBy = candidate.RequestedBy;
                candidate.DecidedUtc = candidate.RequestedUtc;
            }
        }
        else
        {
            candidate.Status = RegistrationStatus.Waitlisted;
            candidate.WaitlistPosition = await connection.ExecuteScalarAsync<long>(
                $"UPDATE {Seats} SET \"WaitCounter\" = \"WaitCounter\" + 1 WHERE \"SessionId\" = @SessionId RETURNING \"WaitCounter\"",
                new { candidate.SessionId }, transaction);
        }

        if (existing is null)
        {
            candidate.Id = await connection.ExecuteScalarAsync<long>(
                $"INSERT INTO {Table} (\"SessionId\", \"ParticipantId\", \"AdministrationId\", \"Status\", \"WaitlistPosition\", \"RequestedBy\", \"RequestedUtc\", \"DecidedBy\", \"DecidedUtc\", \"Reason\") "
                + "VALUES (@SessionId, @ParticipantId, @AdministrationId, @Status, @WaitlistPosition, @RequestedBy, @RequestedUtc, @DecidedBy, @DecidedUtc, NULL) RETURNING \"Id\"",
                Values(candidate), transaction);
        }
        else
        {
            candidate.Id = existing.Id;
            await WriteAsync(connection, transaction, candidate);
        }

        await transaction.CommitAsync();
        return (candidate, true);
    }

    /// <summary>Requested → Approved. Null when the registration isn't waiting for a decision any more.</summary>
    public async Task<Registration?> ApproveAsync(long id, string by)
    {
        await using var connection = await db.OpenAsync();
        var now = DbDates.ToColumn(clock.GetUtcNow().UtcDateTime);
        var changed = await connection.ExecuteAsync(
            $"UPDATE {Table} SET \"Status\" = 'Approved', \"DecidedBy\" = @by, \"DecidedUtc\" = @now WHERE \"Id\" = @id AND \"Status\" = 'Requested'",
            new { id, by, now });
        return changed == 1 ? await GetAsync(id) : null;
    }

    /// <summary>
    /// Ends a registration (cancelled or declined). A freed seat goes to the first on the waiting
    /// list, who becomes Requested (to be approved) — returned as <c>Promoted</c>. Null when the
    /// registration was already ended.
    /// </summary>
    public async Task<(Registration Ended, Registration? Promoted)?> EndAsync(long id, RegistrationStatus status, string by, string? reason, int capacity)
    {
        await using var connection = await db.OpenAsync();
        var sessionId = await connection.ExecuteScalarAsync<string?>($"SELECT \"SessionId\" FROM {Table} WHERE \"Id\" = @id", new { id });
        if (sessionId is null)
        {
            return null;
        }

        using var turn = await gate.EnterAsync(sessionId);
        await EnsureSeatsRowAsync(connection, sessionId);
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync($"UPDATE {Seats} SET \"Taken\" = \"Taken\" WHERE \"SessionId\" = @sessionId", new { sessionId }, transaction);
        var registration = Utc(await connection.QueryFirstOrDefaultAsync<Registration>($"SELECT {Columns} FROM {Table} WHERE \"Id\" = @id", new { id }, transaction));
        if (registration is null || !registration.Status.IsActive())
        {
            await transaction.RollbackAsync();
            return null;
        }

        var heldSeat = registration.Status.HoldsSeat();
        registration.Status = status;
        registration.WaitlistPosition = null;
        registration.DecidedBy = by;
        registration.DecidedUtc = clock.GetUtcNow().UtcDateTime;
        registration.Reason = reason is { Length: > 1000 } ? reason[..1000] : reason;
        await WriteAsync(connection, transaction, registration);

        Registration? promoted = null;
        if (heldSeat)
        {
            var taken = await connection.ExecuteScalarAsync<int>(
                $"UPDATE {Seats} SET \"Taken\" = \"Taken\" - 1 WHERE \"SessionId\" = @sessionId RETURNING \"Taken\"", new { sessionId }, transaction);
            promoted = taken < capacity ? await PromoteFirstAsync(connection, transaction, sessionId) : null;
        }

        await transaction.CommitAsync();
        return (registration, promoted);
    }

    /// <summary>Fills seats freed by a larger capacity from the waiting list; returns who got one.</summary>
    public async Task<IReadOnlyList<Registration>> FillFromWaitlistAsync(string sessionId, int capacity)
    {
        using var turn = await gate.EnterAsync(sessionId);
        await using var connection = await db.OpenAsync();
        await EnsureSeatsRowAsync(connection, sessionId);
        await using var transaction = await connection.BeginTransactionAsync();
        var taken = await connection.ExecuteScalarAsync<int>(
            $"UPDATE {Seats} SET \"Taken\" = \"Taken\" WHERE \"SessionId\" = @sessionId RETURNING \"Taken\"", new { sessionId }, transaction);
        var promoted = new List<Registration>();
        while (taken < capacity && await PromoteFirstAsync(connection, transaction, sessionId) is { } next)
        {
            promoted.Add(next);
            taken++;
        }

        await transaction.CommitAsync();
        return promoted;
    }

    private async Task<Registration?> PromoteFirstAsync(DbConnection connection, DbTransaction transaction, string sessionId)
    {
        var first = Utc(await connection.QueryFirstOrDefaultAsync<Registration>(
            $"SELECT {Columns} FROM {Table} WHERE \"SessionId\" = @sessionId AND \"Status\" = 'Waitlisted' ORDER BY \"WaitlistPosition\"" + db.Dialect.Page(0, 1),
            new { sessionId }, transaction));
        if (first is null)
        {
            return null;
        }

        first.Status = RegistrationStatus.Requested;
        first.WaitlistPosition = null;
        await WriteAsync(connection, transaction, first);
        await connection.ExecuteAsync($"UPDATE {Seats} SET \"Taken\" = \"Taken\" + 1 WHERE \"SessionId\" = @sessionId", new { sessionId }, transaction);
        return first;
    }

    private static async Task EnsureSeatsRowAsync(DbConnection connection, string sessionId) =>
        await connection.ExecuteAsync(
            $"INSERT INTO {Seats} (\"SessionId\", \"Taken\", \"WaitCounter\") VALUES (@sessionId, 0, 0) ON CONFLICT (\"SessionId\") DO NOTHING", new { sessionId });

    private static Task WriteAsync(DbConnection connection, DbTransaction transaction, Registration r) =>
        connection.ExecuteAsync(
            $"UPDATE {Table} SET \"Status\" = @Status, \"WaitlistPosition\" = @WaitlistPosition, \"AdministrationId\" = @AdministrationId, \"RequestedBy\" = @RequestedBy, "
            + "\"RequestedUtc\" = @RequestedUtc, \"DecidedBy\" = @DecidedBy, \"DecidedUtc\" = @DecidedUtc, \"Reason\" = @Reason WHERE \"Id\" = @Id",
            Values(r), transaction);

    private static object Values(Registration r) => new
    {
        r.Id,
        r.SessionId,
        r.ParticipantId,
        r.AdministrationId,
        Status = r.Status.ToString(),
        r.WaitlistPosition,
        r.RequestedBy,
        RequestedUtc = DbDates.ToColumn(r.RequestedUtc),
        r.DecidedBy,
        DecidedUtc = DbDates.ToColumn(r.DecidedUtc),
        r.Reason,
    };

    private string Scope(IReadOnlyCollection<string>? administrations) =>
        administrations is null ? "" : administrations.Count == 0 ? " AND 1 = 0" : " AND " + db.Dialect.In("\"AdministrationId\"", "administrations");

    private static List<Registration> Order(IEnumerable<Registration> rows) =>
        [.. rows.OrderBy(r => r.Status.HoldsSeat() ? 0 : r.Status == RegistrationStatus.Waitlisted ? 1 : 2).ThenBy(r => r.WaitlistPosition ?? 0).ThenBy(r => r.RequestedUtc).ThenBy(r => r.Id)];

    private static Registration? Utc(Registration? r)
    {
        if (r is not null)
        {
            r.RequestedUtc = DbDates.FromColumn(r.RequestedUtc);
            r.DecidedUtc = DbDates.FromColumn(r.DecidedUtc);
        }

        return r;
    }
}
