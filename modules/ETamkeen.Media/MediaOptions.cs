namespace ETamkeen.Media;

/// <summary>
/// The <c>ETamkeen:Media</c> configuration section. Limits apply to every tenant of the host:
/// they protect the server's disk and memory, which tenants share.
/// </summary>
public sealed class MediaOptions
{
    public const string Section = "ETamkeen:Media";

    /// <summary>What a ministry publishes: images, office documents, PDFs, short videos and audio.</summary>
    public static IReadOnlyList<string> DefaultExtensions { get; } =
    [
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg",
        ".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".txt", ".csv",
        ".mp4",
        ".mp3",
    ];

    /// <summary>
    /// Refused whatever the configuration says: served from the portal's origin, these would run
    /// as the portal (scripts, pages) or on a visitor's machine (executables).
    /// </summary>
    public static IReadOnlySet<string> NeverAllowed { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".xhtml", ".xht", ".shtml", ".svgz", ".js", ".mjs", ".css", ".xml", ".xsl", ".xslt",
        ".exe", ".dll", ".com", ".bat", ".cmd", ".msi", ".scr", ".ps1", ".sh", ".jar", ".apk",
        ".php", ".asp", ".aspx", ".cshtml", ".config", ".swf", ".hta",
    };

    /// <summary>
    /// Replaces the defaults when set. Null rather than a pre-filled list because configuration
    /// binding appends to an existing collection instead of replacing it.
    /// </summary>
#pragma warning disable CA1819 // A plain array is what the configuration binder fills.
    public string[]? AllowedExtensions { get; set; }
#pragma warning restore CA1819

    public long MaxFileSize { get; set; } = 20L * 1024 * 1024;

    /// <summary>The whole multipart request, all files together.</summary>
    public long MaxRequestSize { get; set; } = 100L * 1024 * 1024;

    public int MaxFilesPerRequest { get; set; } = 20;

    /// <summary>Of a media path, folders included (its segments are at most 255 characters).</summary>
    public int MaxPathLength { get; set; } = 260;

    /// <summary>How long browsers and proxies keep a file before checking its ETag again.</summary>
    public TimeSpan CacheMaxAge { get; set; } = TimeSpan.FromHours(1);

    public bool IsAllowed(string extension) =>
        !NeverAllowed.Contains(extension)
        && (AllowedExtensions ?? DefaultExtensions).Any(e => string.Equals(Dotted(e), extension, StringComparison.OrdinalIgnoreCase));

    private static string Dotted(string extension) => extension.StartsWith('.') ? extension : "." + extension;
}
