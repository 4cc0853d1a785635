using ETamkeen.Trainings.Services;
using Microsoft.AspNetCore.Http.Extensions;

namespace ETamkeen.Trainings.ViewModels;

/// <summary>The public catalogue: trainings grouped by axis (in the plan's order) and the facets with their counts.</summary>
public sealed class TrainingCataloguePage
{
    /// <summary>Passed to <see cref="Link"/> for a filter the link keeps as it is.</summary>
    public const string Keep = "\u0000";

    public required string Culture { get; init; }
    public required string BasePath { get; init; }
    public required TrainingCatalogueFilter Filter { get; init; }
    public required IReadOnlyList<(string AxisTermId, IReadOnlyList<TrainingCard> Trainings)> Groups { get; init; }
    public int Total => Groups.Sum(g => g.Trainings.Count);
    public IReadOnlyList<TrainingFacet> Axes { get; init; } = [];
    public IReadOnlyList<TrainingFacet> Modalities { get; init; } = [];
    public IReadOnlyList<TrainingFacet> Regions { get; init; } = [];
    public IReadOnlyList<TrainingFacet> Months { get; init; } = [];

    public string Link(string? axis = Keep, string? modality = Keep, string? region = Keep, string? month = Keep)
    {
        var query = new QueryBuilder();
        Add(query, "axis", axis == Keep ? Filter.Axis : axis);
        Add(query, "modality", modality == Keep ? Filter.Modality : modality);
        Add(query, "region", region == Keep ? Filter.Region : region);
        Add(query, "month", month == Keep ? (Filter.Month is { } m ? TrainingCatalogueFilter.MonthKey(m) : null) : month);
        return BasePath + query.ToQueryString();
    }

    private static void Add(QueryBuilder query, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(key, value);
        }
    }
}
