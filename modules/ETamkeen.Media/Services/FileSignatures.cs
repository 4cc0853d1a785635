using System.Text;

namespace ETamkeen.Media.Services;

/// <summary>
/// What a file's first bytes say it is. A file is stored only when its bytes match its
/// extension, since the extension decides how it is served; telling the uploader what the
/// bytes really are makes the refusal useful ("it is a PNG image").
/// </summary>
public static class FileSignatures
{
    public const int HeadLength = 64;

    private static readonly Dictionary<string, (string Name, Func<byte[], bool> Matches)> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = ("a JPEG image", IsJpeg),
        [".jpeg"] = ("a JPEG image", IsJpeg),
        [".png"] = ("a PNG image", IsPng),
        [".gif"] = ("a GIF image", IsGif),
        [".webp"] = ("a WebP image", IsWebp),
        [".pdf"] = ("a PDF document", h => StartsWith(h, "%PDF-"u8)),
        [".docx"] = ("a Word document", IsZip),
        [".xlsx"] = ("an Excel workbook", IsZip),
        [".pptx"] = ("a PowerPoint presentation", IsZip),
        [".odt"] = ("an OpenDocument text", IsZip),
        [".ods"] = ("an OpenDocument spreadsheet", IsZip),
        [".odp"] = ("an OpenDocument presentation", IsZip),
        [".mp4"] = ("an MP4 video", IsMp4),
        [".mp3"] = ("an MP3 audio file", IsMp3),
    };

    /// <summary>The kind of file an extension promises ("a JPEG image"), or null when no signature is known for it.</summary>
    public static string? Expected(string extension) => ByExtension.TryGetValue(extension, out var kind) ? kind.Name : null;

    /// <summary>Whether the first bytes match the extension; true when no signature is known for it.</summary>
    public static bool Matches(string extension, byte[] head) => !ByExtension.TryGetValue(extension, out var kind) || kind.Matches(head);

    /// <summary>What the first bytes look like, for messages and for refusing executables and pages under any name.</summary>
    public static string? Detect(byte[] head)
    {
        if (IsExecutable(head) is { } executable)
        {
            return executable;
        }

        if (LooksLikeHtml(head))
        {
            return "an HTML document";
        }

        if (IsZip(head))
        {
            return "a ZIP archive";
        }

        if (ByExtension.Values.FirstOrDefault(k => k.Matches(head)).Name is { } known)
        {
            return known;
        }

        return StartsWith(head, [0xD0, 0xCF, 0x11, 0xE0]) ? "an old (pre-2007) Office document"
            : StartsWith(head, [0x1F, 0x8B]) ? "a gzip archive"
            : StartsWith(head, "Rar!"u8) ? "a RAR archive"
            : LooksLikeXml(head) ? "an XML or SVG document"
            : StartsWith(head, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) ? "a 7-Zip archive"
            : null;
    }

    /// <summary>A program or script under any name: refused whatever extension it carries.</summary>
    public static string? IsExecutable(byte[] head) =>
        StartsWith(head, "MZ"u8) ? "a Windows executable"
        : StartsWith(head, [0x7F, (byte)'E', (byte)'L', (byte)'F']) ? "a Linux executable"
        : StartsWith(head, [0xCF, 0xFA, 0xED, 0xFE]) || StartsWith(head, [0xCE, 0xFA, 0xED, 0xFE]) || StartsWith(head, [0xCA, 0xFE, 0xBA, 0xBE])
            ? "a macOS executable or Java class"
        : StartsWith(head, "#!"u8) ? "a script"
        : null;

    /// <summary>Markup a browser would render as a page if it ever sniffed it (old browsers, missing nosniff).</summary>
    public static bool LooksLikeHtml(byte[] head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        string[] starts = ["<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<meta", "<title", "<a ", "<img", "<div", "<table", "<!--"];
        return starts.Any(text.StartsWith);
    }

    private static bool LooksLikeXml(byte[] head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<svg", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsJpeg(byte[] h) => StartsWith(h, [0xFF, 0xD8, 0xFF]);

    private static bool IsPng(byte[] h) => StartsWith(h, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    private static bool IsGif(byte[] h) => StartsWith(h, "GIF87a"u8) || StartsWith(h, "GIF89a"u8);

    private static bool IsWebp(byte[] h) => StartsWith(h, "RIFF"u8) && h.Length >= 12 && h.AsSpan(8, 4).SequenceEqual("WEBP"u8);

    private static bool IsZip(byte[] h) => StartsWith(h, [0x50, 0x4B, 0x03, 0x04]);

    private static bool IsMp4(byte[] h) => h.Length >= 8 && h.AsSpan(4, 4).SequenceEqual("ftyp"u8);

    private static bool IsMp3(byte[] h) => StartsWith(h, "ID3"u8) || (h.Length >= 2 && h[0] == 0xFF && (h[1] & 0xE0) == 0xE0);

    private static bool StartsWith(byte[] head, ReadOnlySpan<byte> signature) => head.AsSpan().StartsWith(signature);
}
