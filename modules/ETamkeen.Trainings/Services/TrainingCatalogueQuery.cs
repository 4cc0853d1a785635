using System.Globalization;
using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Trainings.Models;
using ETamkeen.Trainings.ViewModels;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// Builds the public catalogue. Region and month select trainings by their sessions to come
/// (open, full, or not yet open for registration) there and then; each facet counts the
/// trainings the other filters leave, as a visitor would get by clicking it.
/// </summary>
public sealed class TrainingCatalogueQuery(TrainingCatalog trainings, TrainingSchedule schedule)
{
    private const int NextSessionsShown = 3;

    public async Task<TrainingCataloguePage> BrowseAsync(string basePath, string culture, TrainingCatalogueFilter filter)
    {
        var published = await trainings.PublishedAsync(culture);
        var upcoming = (await schedule.SessionsAsync(new SessionQuery { From = schedule.Today, Take = 5000 }))
            .Where(s => s.IsUpcoming).ToList();
        var bySet = upcoming.ToLookup(s => s.Info.TrainingSet, StringComparer.Ordinal);

        bool Has(TrainingIndexRow row, TrainingCatalogueFilter f) =>
            (f.Axis is null || row.Axis == f.Axis) && (f.Modality is null || row.Modality == f.Modality)
            && ((f.Region is null && f.Month is null) || bySet[row.Set].Any(s => Within(s, f)));

        var rows = published.Select(p => new TrainingIndexRow(p.Row.LocalizationSet, p.Row.AxisTermId, p.Row.ModalityTermId)).ToList();
        int Count(TrainingCatalogueFilter f) => rows.Count(r => Has(r, f));

        var cards = new List<TrainingCard>();
        for (var i = 0; i < published.Count; i++)
        {
            if (Has(rows[i], filter))
            {
                cards.Add(Card(published[i].Item, published[i].Row.Culture, rows[i], [.. bySet[rows[i].Set].Where(s => Within(s, filter)).Take(NextSessionsShown)]));
            }
        }

        var months = upcoming.SelectMany(s => s.Info.Days).Where(d => d >= schedule.Today).Select(d => new DateOnly(d.Year, d.Month, 1)).Distinct().Order();
        return new TrainingCataloguePage
        {
            Culture = culture,
            BasePath = basePath,
            Filter = filter,
            Groups = [.. cards.GroupBy(c => c.AxisTermId).Select(g => (g.Key, (IReadOnlyList<TrainingCard>)[.. g]))],
            Axes = Facets(TrainingTerms.Axes, filter.Axis, id => Count(filter with { Axis = id })),
            Modalities = Facets(TrainingTerms.Modalities, filter.Modality, id => Count(filter with { Modality = id })),
            Regions = Facets(TrainingTerms.Regions, filter.Region, id => Count(filter with { Region = id })),
            Months = [.. months.Select(m => new TrainingFacet(TrainingCatalogueFilter.MonthKey(m), m.ToString("MMMM yyyy", CultureInfo.CurrentCulture), Count(filter with { Month = m })))
                .Where(f => f.Count > 0 || (filter.Month is { } current && f.Value == TrainingCatalogueFilter.MonthKey(current)))],
        };
    }

    private static bool Within(ScheduledSession session, TrainingCatalogueFilter filter) =>
        (filter.Region is null || session.Info.RegionTermId == filter.Region) && (filter.Month is not { } month || session.IsIn(month.Year, month.Month));

    /// <summary>The terms with a training behind them, in the taxonomy's order (the selected one even when empty).</summary>
    private static IReadOnlyList<TrainingFacet> Facets(IReadOnlyList<(string Id, string Title)> terms, string? current, Func<string, int> count) =>
        [.. terms.Select(t => new TrainingFacet(t.Id, t.Title, count(t.Id))).Where(f => f.Count > 0 || f.Value == current)];

    private static TrainingCard Card(ContentItem item, string culture, TrainingIndexRow row, IReadOnlyList<ScheduledSession> next)
    {
        var part = item.Content[TrainingContent.Training] as JsonObject;
        return new TrainingCard
        {
            ContentItemId = item.ContentItemId,
            Culture = culture,
            Title = item.DisplayText,
            Path = item.Text("AutoroutePart", "Path") ?? "",
            AxisTermId = row.Axis,
            ModalityTermId = row.Modality,
            DurationDays = FieldValues.Number(part, "DurationDays"),
            DurationHours = FieldValues.Number(part, "DurationHours"),
            Summary = FieldValues.Text(part, "Summary"),
            NextSessions = next,
        };
    }

    private sealed record TrainingIndexRow(string Set, string Axis, string Modality);
}
