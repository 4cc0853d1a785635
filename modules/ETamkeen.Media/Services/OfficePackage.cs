using System.IO.Compression;
using System.Text;

namespace ETamkeen.Media.Services;

/// <summary>
/// Office files are ZIP packages; any ZIP starts with the same four bytes. Looking at the
/// package's table of contents (not its compressed content) tells a real document from an
/// archive renamed .docx.
/// </summary>
public static class OfficePackage
{
    private static readonly Dictionary<string, (string Folder, string? MimeType)> Layouts = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = ("word/", null),
        [".xlsx"] = ("xl/", null),
        [".pptx"] = ("ppt/", null),
        [".odt"] = ("", "application/vnd.oasis.opendocument.text"),
        [".ods"] = ("", "application/vnd.oasis.opendocument.spreadsheet"),
        [".odp"] = ("", "application/vnd.oasis.opendocument.presentation"),
    };

    public static bool Handles(string extension) => Layouts.ContainsKey(extension);

    /// <summary>Why the package is not the document its extension promises, or null.</summary>
    public static string? Check(string extension, Stream content)
    {
        var (folder, mimeType) = Layouts[extension];
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (mimeType is null)
            {
                var isPackage = zip.GetEntry("[Content_Types].xml") is not null
                    && zip.Entries.Any(e => e.FullName.StartsWith(folder, StringComparison.Ordinal));
                return isPackage ? null : $"is a ZIP archive, not an Office document of this kind (no {folder} part).";
            }

            return ReadMimeType(zip) == mimeType ? null : $"is a ZIP archive, not an OpenDocument file of this kind (its mimetype is not {mimeType}).";
        }
        catch (InvalidDataException)
        {
            return "is not a readable ZIP package: the file is damaged or is not a document.";
        }
    }

    private static string? ReadMimeType(ZipArchive zip)
    {
        // A few dozen bytes; reading no further keeps a crafted entry from expanding in memory.
        if (zip.GetEntry("mimetype") is not { Length: < 200 } entry)
        {
            return null;
        }

        using var stream = entry.Open();
        var buffer = new byte[200];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.ASCII.GetString(buffer, 0, read).Trim();
    }
}
