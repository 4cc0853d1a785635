using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ETamkeen.Media.Services;

/// <summary>
/// The one gate every file passes, from the API or a recipe: extension on the allow-list,
/// size under the limit, bytes that match the extension, SVG without script.
/// </summary>
/// <param name="localizer">The uploader reads refusals in their language; without one (a validator built by hand) they stay in English.</param>
public sealed class MediaValidator(IOptions<MediaOptions> options, IStringLocalizer<MediaValidator>? localizer = null)
{
    /// <summary>The reasons the inspectors give without details in them (see <see cref="Reason"/>).</summary>
    private static readonly HashSet<string> FixedReasons = new(StringComparer.Ordinal)
    {
        "it has no <svg> element.",
        "it declares a DOCTYPE, which is refused (entities can expand without bound or load other files).",
        "it animates a link (attributeName=\"href\").",
        "its style sheet imports another (@import).",
        "its style loads something outside the image (url(...)).",
        "its style holds script.",
        "contains NUL bytes: it is binary data, not text.",
        "is not UTF-8 text (save it as UTF-8 and upload it again).",
        "is not a readable ZIP package: the file is damaged or is not a document.",
    };

    private readonly MediaOptions _options = options.Value;

    /// <param name="path">The normalised target path; its extension decides what the bytes must be.</param>
    /// <param name="open">Opens the content from its start; called more than once.</param>
    public MediaRefusal? Check(string path, long length, Func<Stream> open)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var extension = MediaPath.Extension(path);
        if (extension.Length == 0)
        {
            return new(Text("'{0}' has no extension, so nothing says how to serve it.", name));
        }

        if (!_options.IsAllowed(extension))
        {
            return new(Text("'{0}': {1} files are not accepted. Accepted: {2}.", name, extension, string.Join(" ", AllowedExtensions())));
        }

        if (length == 0)
        {
            return new(Text("'{0}' is empty.", name));
        }

        if (length > _options.MaxFileSize)
        {
            return new(Text("'{0}' is {1}; a file is at most {2}.", name, Size(length), Size(_options.MaxFileSize)), TooLarge: true);
        }

        var reason = ContentError(name, extension, open);
        return reason is null ? null : new(reason);
    }

    public IEnumerable<string> AllowedExtensions() =>
        (_options.AllowedExtensions ?? MediaOptions.DefaultExtensions)
            .Select(e => e.StartsWith('.') ? e.ToLowerInvariant() : "." + e.ToLowerInvariant())
            .Where(_options.IsAllowed)
            .Distinct();

    private string? ContentError(string name, string extension, Func<Stream> open)
    {
        var head = new byte[FileSignatures.HeadLength];
        using (var stream = open())
        {
            Array.Resize(ref head, stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false));
        }

        if (FileSignatures.IsExecutable(head) is { } executable)
        {
            return Text("'{0}' is {1}, which is never accepted.", name, Text(executable));
        }

        if (!FileSignatures.Matches(extension, head))
        {
            return Text("'{0}' is not {1}: its content is {2}.", name, Text(FileSignatures.Expected(extension)!), Text(FileSignatures.Detect(head) ?? "something else"));
        }

        using var content = open();
        return extension switch
        {
            ".svg" => Reason(name, SvgInspector.Check(content), "'{0}' is refused as an SVG image: {1}"),
            ".txt" or ".csv" => Reason(name, TextContent.Check(content)),
            _ when OfficePackage.Handles(extension) => Reason(name, OfficePackage.Check(extension, content)),
            _ when FileSignatures.Expected(extension) is null && FileSignatures.LooksLikeHtml(head) => Text("'{0}' is an HTML document, which is never accepted.", name),
            _ => null,
        };
    }

    /// <summary>
    /// The inspectors' reasons are English sentences, some with details in them: a fixed one is
    /// translated, a detailed one is shown as written rather than logged as a missing translation on every upload.
    /// </summary>
    private string? Reason(string name, string? reason, string? format = null)
    {
        if (reason is null)
        {
            return null;
        }

        var translated = FixedReasons.Contains(reason) ? Text(reason) : reason;
        return format is null ? $"'{name}' {translated}" : Text(format, name, translated);
    }

    private string Text(string format, params object[] arguments) => localizer is null
        ? (arguments.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, arguments))
        : localizer[format, arguments].Value;

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.#} MB"
        : $"{Math.Max(1, bytes / 1024)} KB";
}
