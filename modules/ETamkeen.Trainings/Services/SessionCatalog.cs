using Dapper;
using ETamkeen.Contents;
using ETamkeen.Contents.Services;
using ETamkeen.Data;
using ETamkeen.Trainings.Indexes;
using ETamkeen.Trainings.Models;

namespace ETamkeen.Trainings.Services;

/// <summary>Published sessions and the trainings and administrations they point to, read for the rules, pages and APIs.</summary>
public sealed class SessionCatalog(IDbConnectionFactory db, IDocumentSession session, ContentQueries queries)
{
    /// <summary>A published session (the rules apply to what visitors see, never to a draft).</summary>
    public async Task<(ContentItem Item, SessionInfo Info)?> PublishedSessionAsync(string contentItemId)
    {
        if (!ContentIds.IsValid(contentItemId) || await queries.PublishedAsync(contentItemId) is not { } item
            || item.ContentType != TrainingContent.Session || SessionInfo.From(item) is not { } info)
        {
            return null;
        }

        return (item, info);
    }

    /// <summary>Published sessions whose dates cross [from, to] (either end open), optionally in a region, a training set, or for an administration.</summary>
    public async Task<IReadOnlyList<(ContentItem Item, SessionInfo Info)>> SessionsAsync(SessionQuery query)
    {
        await using var connection = await db.OpenAsync();
        var sql = "SELECT \"DocumentId\" FROM \"TrainingSessionIndex\" WHERE \"Published\" = @yes"
            + (query.From is null ? "" : " AND \"EndDate\" >= @from")
            + (query.To is null ? "" : " AND \"StartDate\" <= @to")
            + (query.RegionTermId is null ? "" : " AND \"RegionTermId\" = @region")
            + (query.TrainingSets is null ? "" : " AND " + db.Dialect.In("\"TrainingSet\"", "sets"))
            + " ORDER BY \"StartDate\", \"Id\"" + db.Dialect.Page(0, Math.Clamp(query.Take, 1, 5000));
        var ids = await connection.QueryAsync<long>(sql, new
        {
            yes = true,
            from = query.From?.ToDateTime(TimeOnly.MinValue),
            to = query.To?.ToDateTime(TimeOnly.MinValue),
            region = query.RegionTermId,
            sets = query.TrainingSets?.ToArray(),
        });

        var found = new List<(ContentItem, SessionInfo)>();
        foreach (var id in ids)
        {
            if (await session.GetAsync<ContentItem>(id) is { } item && SessionInfo.From(item) is { } info
                && (query.AdministrationId is null || info.AdministrationIds.Count == 0 || info.AdministrationIds.Contains(query.AdministrationId)))
            {
                found.Add((item, info));
            }
        }

        return found;
    }

    /// <summary>The published translation of a training set in the culture, else in any culture (the default first).</summary>
    public async Task<ContentItem?> TrainingAsync(string trainingSet, string culture, string defaultCulture)
    {
        if (string.IsNullOrEmpty(trainingSet))
        {
            return null;
        }

        await using var connection = await db.OpenAsync();
        var rows = (await connection.QueryAsync<(long DocumentId, string Culture)>(
            "SELECT \"DocumentId\", \"Culture\" FROM \"TrainingIndex\" WHERE \"Published\" = @yes AND \"LocalizationSet\" = @trainingSet",
            new { yes = true, trainingSet })).ToList();
        var pick = rows.FirstOrDefault(r => r.Culture == culture);
        if (pick == default)
        {
            pick = rows.FirstOrDefault(r => r.Culture == defaultCulture);
        }

        if (pick == default)
        {
            pick = rows.FirstOrDefault();
        }

        return pick == default ? null : await session.GetAsync<ContentItem>(pick.DocumentId);
    }

    public async Task<ContentItem?> AdministrationAsync(string contentItemId) =>
        ContentIds.IsValid(contentItemId) && await queries.PublishedAsync(contentItemId) is { ContentType: TrainingContent.Administration } item ? item : null;
}

/// <summary>What a session list is filtered by.</summary>
public sealed record SessionQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? RegionTermId { get; init; }
    public IReadOnlyCollection<string>? TrainingSets { get; init; }
    public string? AdministrationId { get; init; }
    public int Take { get; init; } = 500;
}
