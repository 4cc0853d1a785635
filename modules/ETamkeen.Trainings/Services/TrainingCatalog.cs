using System.Globalization;
using Dapper;
using ETamkeen.Contents;
using ETamkeen.Data;
using ETamkeen.Settings;
using ETamkeen.Trainings.Indexes;
using ETamkeen.Trainings.Models;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// The published catalogue in one culture: each training once, in that culture when translated,
/// else in the site's default culture, else in whichever it has.
/// </summary>
public sealed class TrainingCatalog(IDbConnectionFactory db, IDocumentSession session, ISiteService site)
{
    public async Task<IReadOnlyList<(TrainingIndex Row, ContentItem Item)>> PublishedAsync(string? culture, string? axis = null, string? modality = null)
    {
        var settings = await site.GetAsync();
        var wanted = string.IsNullOrEmpty(culture) ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : culture;
        await using var connection = await db.OpenAsync();
        var rows = (await connection.QueryAsync<TrainingIndex>(
            "SELECT \"DocumentId\", \"ContentItemId\", \"Culture\", \"LocalizationSet\", \"Title\", \"AxisTermId\", \"ModalityTermId\", \"DurationHours\" FROM \"TrainingIndex\" WHERE \"Published\" = @yes",
            new { yes = true })).ToList();

        var picked = rows.GroupBy(r => r.LocalizationSet, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(r => r.Culture == wanted) ?? g.FirstOrDefault(r => r.Culture == settings.DefaultCulture) ?? g.First())
            .Where(r => (string.IsNullOrEmpty(axis) || r.AxisTermId == axis) && (string.IsNullOrEmpty(modality) || r.ModalityTermId == modality))
            .OrderBy(r => AxisOrder(r.AxisTermId)).ThenBy(r => r.Title, StringComparer.Create(CultureInfo.GetCultureInfo(wanted), true));

        var found = new List<(TrainingIndex, ContentItem)>();
        foreach (var row in picked)
        {
            if (await session.GetAsync<ContentItem>(row.DocumentId) is { } item)
            {
                found.Add((row, item));
            }
        }

        return found;
    }

    /// <summary>A training set's title in the current culture (for session lists).</summary>
    public async Task<string?> TitleAsync(string trainingSet)
    {
        if (string.IsNullOrEmpty(trainingSet))
        {
            return null;
        }

        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        await using var connection = await db.OpenAsync();
        var rows = (await connection.QueryAsync<(string Culture, string Title)>(
            "SELECT \"Culture\", \"Title\" FROM \"TrainingIndex\" WHERE \"Published\" = @yes AND \"LocalizationSet\" = @trainingSet",
            new { yes = true, trainingSet })).ToList();
        return rows.Count == 0 ? null : rows.FirstOrDefault(r => r.Culture == culture).Title ?? rows[0].Title;
    }

    public async Task<IReadOnlyList<object>> ApiListAsync(string? culture, string? axis, string? modality) =>
        [.. (await PublishedAsync(culture, axis, modality)).Select(t => Dto(t.Row, t.Item))];

    private static object Dto(TrainingIndex row, ContentItem item)
    {
        var part = item.Content[TrainingContent.Training] as System.Text.Json.Nodes.JsonObject;
        return new
        {
            id = item.ContentItemId,
            localizationSet = row.LocalizationSet,
            culture = row.Culture,
            title = item.DisplayText,
            axisTermId = row.AxisTermId,
            axis = TrainingTerms.Titles.GetValueOrDefault(row.AxisTermId),
            modalityTermId = row.ModalityTermId,
            modality = TrainingTerms.Titles.GetValueOrDefault(row.ModalityTermId),
            theme = FieldValues.Text(part, "Theme"),
            durationDays = FieldValues.Number(part, "DurationDays"),
            durationHours = FieldValues.Number(part, "DurationHours"),
            summary = FieldValues.Text(part, "Summary"),
            targetAudience = FieldValues.Text(part, "TargetAudience"),
            provider = FieldValues.Text(part, "Provider"),
            url = "/" + item.Text("AutoroutePart", "Path"),
        };
    }

    private static int AxisOrder(string termId)
    {
        for (var i = 0; i < TrainingTerms.Axes.Count; i++)
        {
            if (TrainingTerms.Axes[i].Id == termId)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
