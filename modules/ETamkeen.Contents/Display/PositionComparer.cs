namespace ETamkeen.Contents.Display;

/// <summary>
/// Orders positions as Orchard does: dotted numbers compared number by number, so that
/// <c>2</c> &lt; <c>5</c> &lt; <c>5.1</c> &lt; <c>10</c>; an empty position comes first.
/// Compares without allocating: it runs for every shape of every page.
/// </summary>
public sealed class PositionComparer : IComparer<string>
{
    public static readonly PositionComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").AsSpan();
        var b = (y ?? "").AsSpan();
        while (a.Length > 0 && b.Length > 0)
        {
            var left = Next(ref a);
            var right = Next(ref b);
            if (left != right)
            {
                return left.CompareTo(right);
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static long Next(ref ReadOnlySpan<char> rest)
    {
        var dot = rest.IndexOf('.');
        var segment = dot < 0 ? rest : rest[..dot];
        rest = dot < 0 ? [] : rest[(dot + 1)..];
        return long.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
    }
}
