using ETamkeen.Contents.Indexes;
using ETamkeen.Data;

namespace ETamkeen.Contents.Services;

/// <summary>What a content list asks for: the API's and the admin's lists are the same query.</summary>
public sealed record ContentFilter(string? Type, string? Status, string? Query, string? Owner = null, string? Culture = null);

/// <summary>Lists items through the content index: latest versions (or published, or drafts only), newest first.</summary>
public static class ContentListQuery
{
    public static async Task<(IReadOnlyList<ContentItem> Items, long Total)> RunAsync(IDocumentSession session, ContentFilter filter, int skip, int take)
    {
        var where = new List<string> { filter.Status == "published" ? "i.\"Published\" = @yes" : "i.\"Latest\" = @yes" };
        if (filter.Status == "draft")
        {
            where.Add("i.\"Published\" = @no");
        }

        if (!string.IsNullOrEmpty(filter.Type))
        {
            where.Add("i.\"ContentType\" = @type");
        }

        if (!string.IsNullOrEmpty(filter.Owner))
        {
            where.Add("(i.\"Owner\" = @owner OR i.\"Author\" = @owner)");
        }

        if (!string.IsNullOrEmpty(filter.Query))
        {
            where.Add("LOWER(i.\"DisplayText\") LIKE @q");
        }

        if (!string.IsNullOrEmpty(filter.Culture))
        {
            where.Add("EXISTS (SELECT 1 FROM \"LocalizedContentItemIndex\" l WHERE l.\"DocumentId\" = d.\"Id\" AND l.\"Culture\" = @culture)");
        }

        var parameters = new
        {
            yes = true,
            no = false,
            type = filter.Type,
            owner = filter.Owner,
            culture = filter.Culture,
            q = "%" + (filter.Query ?? "").Trim().ToLowerInvariant() + "%",
        };
        var sql = string.Join(" AND ", where);
        var items = await session.QueryAsync<ContentItem, ContentItemIndex>(sql, parameters, "i.\"ModifiedUtc\" DESC, d.\"Id\" DESC", Math.Max(0, skip), take);
        var total = await session.CountAsync<ContentItem, ContentItemIndex>(sql, parameters);
        return (items, total);
    }
}
