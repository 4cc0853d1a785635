using System.Text;

namespace ETamkeen.Media.Services;

/// <summary>
/// Turns a path given by a client or a recipe into a relative media path ("trainings/2022/affiche.png")
/// or says why it can't be one. Everything that could leave the media folder or mean something
/// else to the file system is refused, not repaired: a repaired path is not the one the client meant.
/// </summary>
public static class MediaPath
{
    public const int MaxSegmentLength = 255;

    // Reserved on Windows file systems, and ':' also names drives and alternate data streams.
    private static readonly char[] ReservedCharacters = ['<', '>', ':', '"', '|', '?', '*'];

    /// <summary>A normalised path, or null with the reason. An empty path is the root when <paramref name="allowRoot"/>.</summary>
    public static string? Normalize(string? value, bool allowRoot, int maxLength, out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(value))
        {
            if (allowRoot)
            {
                return "";
            }

            error = "A path is required.";
            return null;
        }

        if (value.Any(char.IsControl))
        {
            error = "A path may not contain control characters.";
            return null;
        }

        if (value.Any(IsBidiControl))
        {
            // They make "affiche<RLO>gnp.exe" display as "affichexe.png".
            error = "A path may not contain bidirectional control characters.";
            return null;
        }

        if (value.Contains('\\', StringComparison.Ordinal))
        {
            error = "A path separates folders with '/', not '\\'.";
            return null;
        }

        if (value.StartsWith('/'))
        {
            error = "A path is relative to the media library: it may not start with '/'.";
            return null;
        }

        // Clients on macOS send decomposed accents: one name must not become two files.
        var path = value.TrimEnd('/').Normalize(NormalizationForm.FormC);
        if (path.Length == 0)
        {
            return Normalize(null, allowRoot, maxLength, out error);
        }

        if (path.Length > maxLength)
        {
            error = $"A path is at most {maxLength} characters.";
            return null;
        }

        foreach (var segment in path.Split('/'))
        {
            error = SegmentError(segment);
            if (error is not null)
            {
                return null;
            }
        }

        return path;
    }

    /// <summary>Why a single file or folder name is not acceptable, or null.</summary>
    public static string? SegmentError(string segment)
    {
        if (segment.Length == 0)
        {
            return "A path may not contain empty folder names ('//').";
        }

        if (segment.StartsWith('.'))
        {
            return segment is "." or ".."
                ? "A path may not contain '.' or '..'."
                : $"'{segment}': names may not start with '.'.";
        }

        if (segment.Length > MaxSegmentLength)
        {
            return $"A file or folder name is at most {MaxSegmentLength} characters.";
        }

        if (char.IsWhiteSpace(segment[0]) || char.IsWhiteSpace(segment[^1]) || segment.EndsWith('.'))
        {
            return $"'{segment}': names may not start or end with a space or end with '.'.";
        }

        return segment.IndexOfAny(ReservedCharacters) >= 0
            ? $"'{segment}': names may not contain any of < > : \" | ? *."
            : null;
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    public static string Combine(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    /// <summary>The file's extension in lower case, with its dot; empty when it has none.</summary>
    public static string Extension(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? "" : name[dot..].ToLowerInvariant();
    }

    /// <summary>The public address of a file: each segment escaped, under the tenant's PathBase.</summary>
    public static string Url(string pathBase, string path) =>
        pathBase + "/media/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
