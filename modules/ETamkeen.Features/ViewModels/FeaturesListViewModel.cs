using ETamkeen.Features.Models;

namespace ETamkeen.Features.ViewModels;

public sealed class FeaturesListViewModel
{
    public required IReadOnlyList<FeatureEntry> Features { get; init; }

    /// <summary>Enabled features the page itself needs: they can't be switched off from it.</summary>
    public required IReadOnlySet<string> NeededByPage { get; init; }

    public string? Error { get; init; }

    public IEnumerable<IGrouping<string, FeatureEntry>> ByCategory =>
        Features.OrderBy(f => f.Info.Category, StringComparer.CurrentCulture).ThenBy(f => f.Info.Name, StringComparer.CurrentCulture).GroupBy(f => f.Info.Category);

    public string NameOf(string id) => Features.FirstOrDefault(f => string.Equals(f.Info.Id, id, StringComparison.OrdinalIgnoreCase))?.Info.Name ?? id;
}
