using System.Globalization;
using ETamkeen.Trainings.Models;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// The public catalogue's and calendar's filters from the query string. A value that isn't one of
/// the programme's (an axis, a modality, one of the twelve regions, a month written 2022-11) is
/// refused with the reason, so that a bad link says what is wrong instead of showing everything.
/// </summary>
public sealed record TrainingCatalogueFilter(string? Axis, string? Modality, string? Region, DateOnly? Month)
{
    /// <summary>The filter, or the field at fault and an English message to localize.</summary>
    public static (TrainingCatalogueFilter? Filter, string Field, string Error) Parse(string? axis, string? modality, string? region, string? month)
    {
        axis = Blank(axis);
        modality = Blank(modality);
        region = Blank(region);
        if (axis is not null && !TrainingTerms.Axes.Any(a => a.Id == axis))
        {
            return (null, "axis", "This axis is not one of the catalogue's five.");
        }

        if (modality is not null && !TrainingTerms.Modalities.Any(m => m.Id == modality))
        {
            return (null, "modality", "This modality is not one of the catalogue's.");
        }

        if (region is not null && !TrainingTerms.Regions.Any(r => r.Id == region))
        {
            return (null, "region", "This region is not one of the Kingdom's twelve.");
        }

        DateOnly? first = null;
        if (Blank(month) is { } text)
        {
            if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year is < 2000 or > 2100)
            {
                return (null, "month", "A month is written like 2022-11.");
            }

            first = day;
        }

        return (new TrainingCatalogueFilter(axis, modality, region, first), "", "");
    }

    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
