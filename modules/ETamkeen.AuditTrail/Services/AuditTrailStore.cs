using Dapper;
using ETamkeen.AuditTrail.Migrations;
using ETamkeen.AuditTrail.Models;
using ETamkeen.Data;

namespace ETamkeen.AuditTrail.Services;

/// <summary>The <c>AuditTrailEvent</c> table of the current tenant: written one row at a time, read newest first.</summary>
public sealed class AuditTrailStore(IDbConnectionFactory db)
{
    private const string Columns = "\"Id\", \"CreatedUtc\", \"Tenant\", \"Category\", \"Action\", \"Subject\", \"SubjectDisplay\", \"UserId\", \"UserName\", \"ClientIp\", \"Details\"";
    private static readonly string Table = "\"" + AuditTrailMigrations.Table + "\"";

    // LOWER on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's doesn't.
    private static readonly string TextCondition = "(" + string.Join(" OR ", new[] { "Subject", "SubjectDisplay", "Details", "Action", "UserName" }
        .Select(c => $"LOWER(COALESCE(\"{c}\", '')) LIKE @text ESCAPE '\\'")) + ")";

    public async Task InsertAsync(AuditTrailEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO {Table} ("CreatedUtc", "Tenant", "Category", "Action", "Subject", "SubjectDisplay", "UserId", "UserName", "ClientIp", "Details")
            VALUES (@CreatedUtc, @Tenant, @Category, @Action, @Subject, @SubjectDisplay, @UserId, @UserName, @ClientIp, @Details)
            """,
            new
            {
                CreatedUtc = Unspecified(entry.CreatedUtc),
                entry.Tenant,
                entry.Category,
                entry.Action,
                entry.Subject,
                entry.SubjectDisplay,
                entry.UserId,
                entry.UserName,
                entry.ClientIp,
                entry.Details,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<(IReadOnlyList<AuditTrailEntry> Items, long Total)> QueryAsync(string tenant, AuditTrailFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        // Each tenant has its own table; the tenant condition still keeps a copied or restored
        // database from showing another tenant's history.
        var where = new List<string> { "\"Tenant\" = @tenant" };
        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            where.Add("\"Category\" = @category");
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            where.Add("(LOWER(\"UserName\") = @user OR \"UserId\" = @userId)");
        }

        if (filter.FromUtc is not null)
        {
            where.Add("\"CreatedUtc\" >= @from");
        }

        if (filter.ToUtc is not null)
        {
            where.Add("\"CreatedUtc\" < @to");
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            where.Add(TextCondition);
        }

        var parameters = new
        {
            tenant,
            category = filter.Category?.Trim(),
            user = filter.User?.Trim().ToLowerInvariant(),
            userId = filter.User?.Trim(),
            from = filter.FromUtc is { } from ? Unspecified(from) : (DateTime?)null,
            to = filter.ToUtc is { } to ? Unspecified(to) : (DateTime?)null,
            text = "%" + Like(filter.Text?.Trim().ToLowerInvariant() ?? "") + "%",
        };
        var condition = string.Join(" AND ", where);
        await using var connection = await db.OpenAsync(cancellationToken);
        var items = await connection.QueryAsync<AuditTrailEntry>(new CommandDefinition(
            $"SELECT {Columns} FROM {Table} WHERE {condition} ORDER BY \"CreatedUtc\" DESC, \"Id\" DESC{db.Dialect.Page(Math.Max(0, skip), take)}",
            parameters,
            cancellationToken: cancellationToken));
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM {Table} WHERE {condition}", parameters, cancellationToken: cancellationToken));
        return ([.. items], total);
    }

    /// <summary>Deletes the events older than <paramref name="cutoffUtc"/>; the date index makes it cheap.</summary>
    public async Task<int> DeleteOlderThanAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM {Table} WHERE \"CreatedUtc\" < @cutoff", new { cutoff = Unspecified(cutoffUtc) }, cancellationToken: cancellationToken));
    }

    private static DateTime Unspecified(DateTime value) => DbDates.ToColumn(value);

    /// <summary>A user's text searched literally: LIKE's wildcards in it are escaped.</summary>
    private static string Like(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
