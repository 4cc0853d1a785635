using Microsoft.AspNetCore.StaticFiles;

namespace ETamkeen.Media.Services;

/// <summary>
/// The Content-Type a file is served with, from its extension only: what the uploader's
/// browser claimed is never trusted.
/// </summary>
public static class MediaTypes
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".svg"] = "image/svg+xml",
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".odp"] = "application/vnd.oasis.opendocument.presentation",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".mp4"] = "video/mp4",
        [".mp3"] = "audio/mpeg",
    };

    private static readonly FileExtensionContentTypeProvider Others = new();

    public static string For(string extension) =>
        Known.TryGetValue(extension, out var type) || Others.TryGetContentType("f" + extension, out type)
            ? type
            : "application/octet-stream";

    /// <summary>
    /// Shown in the browser rather than downloaded: types a browser renders without running
    /// anything as the portal. Everything else (office files, text) is an attachment.
    /// </summary>
    public static bool IsInline(string contentType) =>
        contentType.StartsWith("image/", StringComparison.Ordinal)
        || contentType.StartsWith("video/", StringComparison.Ordinal)
        || contentType.StartsWith("audio/", StringComparison.Ordinal)
        || contentType == "application/pdf";
}
