using System.Globalization;
using System.Text.Json.Nodes;

namespace ETamkeen.Trainings.Models;

/// <summary>Reads of field values inside a part's JSON (<c>{"City": {"Text": "Fès"}}</c>), forgiving of missing or odd values.</summary>
public static class FieldValues
{
    public static string Text(JsonObject? part, string field) =>
        part?[field]?["Text"] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : "";

    public static string Html(JsonObject? part, string field) =>
        part?[field]?["Html"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";

    public static decimal? Number(JsonObject? part, string field) => part?[field]?["Value"] switch
    {
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static bool Flag(JsonObject? part, string field) =>
        part?[field]?["Value"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    /// <summary>A <c>DateField</c>'s day (stored as <c>2022-11-24T00:00:00Z</c>).</summary>
    public static DateOnly? Date(JsonObject? part, string field) =>
        part?[field]?["Value"] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length >= 10
            && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    /// <summary>The ids a picker or taxonomy field holds (<c>ContentItemIds</c>, <c>TermContentItemIds</c>, <c>LocalizationSets</c>).</summary>
    public static IReadOnlyList<string> Ids(JsonObject? part, string field, string property) =>
        part?[field]?[property] is JsonArray array
            ? [.. array.Select(a => a is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)]
            : [];

    public static string FirstId(JsonObject? part, string field, string property) => Ids(part, field, property).FirstOrDefault() ?? "";

    public static TimeOnly? Time(string text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
