using Dapper;
using ETamkeen.Data;
using ETamkeen.Library.Migrations;
using ETamkeen.Library.Models;

namespace ETamkeen.Library.Services;

/// <summary>The review table of the current tenant: one row per entry that has been through the flow.</summary>
public sealed class LibraryReviewStore(IDbConnectionFactory db)
{
    private const string Columns = "\"ContentItemId\", \"Status\", \"SubmittedBy\", \"SubmittedUtc\", \"ReturnComment\", \"ReviewedBy\", \"ReviewedUtc\"";

    public async Task<LibraryReview?> GetAsync(string contentItemId)
    {
        await using var connection = await db.OpenAsync();
        return await connection.QueryFirstOrDefaultAsync<LibraryReview>(
            $"SELECT {Columns} FROM \"{LibraryIndexMigrations.ReviewTable}\" WHERE \"ContentItemId\" = @contentItemId", new { contentItemId });
    }

    /// <summary>The reviews of several entries (an author's list), by item id.</summary>
    public async Task<Dictionary<string, LibraryReview>> GetManyAsync(IReadOnlyCollection<string> contentItemIds)
    {
        var found = new Dictionary<string, LibraryReview>(StringComparer.Ordinal);
        if (contentItemIds.Count == 0)
        {
            return found;
        }

        // A page of ids at most: one query per id stays portable across both databases.
        await using var connection = await db.OpenAsync();
        foreach (var id in contentItemIds.Distinct())
        {
            var row = await connection.QueryFirstOrDefaultAsync<LibraryReview>(
                $"SELECT {Columns} FROM \"{LibraryIndexMigrations.ReviewTable}\" WHERE \"ContentItemId\" = @id", new { id });
            if (row is not null)
            {
                found[id] = row;
            }
        }

        return found;
    }

    /// <summary>Rows in a state, oldest submission first: the queue.</summary>
    public async Task<IReadOnlyList<LibraryReview>> ListAsync(LibraryReviewStatus status)
    {
        await using var connection = await db.OpenAsync();
        var rows = await connection.QueryAsync<LibraryReview>(
            $"SELECT {Columns} FROM \"{LibraryIndexMigrations.ReviewTable}\" WHERE \"Status\" = @status ORDER BY \"SubmittedUtc\"",
            new { status = status.ToString() });
        return [.. rows];
    }

    public async Task SaveAsync(LibraryReview review)
    {
        await using var connection = await db.OpenAsync();
        var values = new
        {
            review.ContentItemId,
            review.Status,
            review.SubmittedBy,
            SubmittedUtc = DbDates.ToColumn(review.SubmittedUtc),
            review.ReturnComment,
            review.ReviewedBy,
            ReviewedUtc = DbDates.ToColumn(review.ReviewedUtc),
        };
        var updated = await connection.ExecuteAsync(
            $"UPDATE \"{LibraryIndexMigrations.ReviewTable}\" SET \"Status\" = @Status, \"SubmittedBy\" = @SubmittedBy, \"SubmittedUtc\" = @SubmittedUtc, "
            + "\"ReturnComment\" = @ReturnComment, \"ReviewedBy\" = @ReviewedBy, \"ReviewedUtc\" = @ReviewedUtc WHERE \"ContentItemId\" = @ContentItemId", values);
        if (updated == 0)
        {
            await connection.ExecuteAsync($"INSERT INTO \"{LibraryIndexMigrations.ReviewTable}\" ({Columns}) VALUES "
                + "(@ContentItemId, @Status, @SubmittedBy, @SubmittedUtc, @ReturnComment, @ReviewedBy, @ReviewedUtc)", values);
        }
    }

    public async Task DeleteAsync(string contentItemId)
    {
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync($"DELETE FROM \"{LibraryIndexMigrations.ReviewTable}\" WHERE \"ContentItemId\" = @contentItemId", new { contentItemId });
    }
}
