using System.Globalization;
using ETamkeen.Library.Models;

namespace ETamkeen.Library.Services;

/// <summary>
/// The public page's filters, read leniently from the query string: a value that can't match
/// (an unknown type or axis, a year that isn't one) is dropped, so a bad link shows the library
/// rather than an error.
/// </summary>
public sealed record LibraryFilter(string? Type, string? Axis, string? Administration, int? Year, int Page)
{
    public static LibraryFilter Parse(string? type, string? axis, string? administration, string? year, string? page, IReadOnlySet<string> axisIds) => new(
        LibraryContent.IsLibraryType(type) ? type : null,
        axis is not null && axisIds.Contains(axis) ? axis : null,
        string.IsNullOrWhiteSpace(administration) ? null : administration.Trim(),
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 9999 ? y : null,
        int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1);
}
