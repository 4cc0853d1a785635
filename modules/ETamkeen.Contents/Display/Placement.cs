using System.Text.RegularExpressions;

namespace ETamkeen.Contents.Display;

/// <summary>
/// Where a shape goes: Orchard's <c>place</c> value, <c>Zone:Position</c> (<c>Content:5</c>,
/// <c>Header:1.2</c>), a zone alone (position empty: first), or <c>-</c> to hide the shape.
/// </summary>
public sealed partial record Placement(string Zone, string Position)
{
    public static readonly Placement Hidden = new("", "");

    public bool IsHidden => Zone.Length == 0;

    /// <summary>The placement, or null with the reason when <paramref name="place"/> isn't one.</summary>
    public static Placement? TryParse(string? place, out string? error)
    {
        error = null;
        var text = place?.Trim() ?? "";
        if (text == "-")
        {
            return Hidden;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var zone = colon < 0 ? text : text[..colon];
        var position = colon < 0 ? "" : text[(colon + 1)..];
        if (!ZonePattern().IsMatch(zone))
        {
            error = $"'{place}' is not a placement: use Zone:Position (such as Content:5), a zone alone, or - to hide.";
            return null;
        }

        if (!PositionPattern().IsMatch(position))
        {
            error = $"'{place}': a position is numbers separated by dots, such as 5 or 1.2.";
            return null;
        }

        return new Placement(zone, position);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex ZonePattern();

    [GeneratedRegex("^([0-9]{1,9}(\\.[0-9]{1,9}){0,7})?$")]
    private static partial Regex PositionPattern();
}
