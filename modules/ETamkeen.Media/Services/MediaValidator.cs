using Microsoft.Extensions.Options;

namespace ETamkeen.Media.Services;

/// <summary>
/// The one gate every file passes, from the API or a recipe: extension on the allow-list,
/// size under the limit, bytes that match the extension, SVG without script.
/// </summary>
public sealed class MediaValidator(IOptions<MediaOptions> options)
{
    private readonly MediaOptions _options = options.Value;

    /// <param name="path">The normalised target path; its extension decides what the bytes must be.</param>
    /// <param name="open">Opens the content from its start; called more than once.</param>
    public MediaRefusal? Check(string path, long length, Func<Stream> open)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var extension = MediaPath.Extension(path);
        if (extension.Length == 0)
        {
            return new($"'{name}' has no extension, so nothing says how to serve it.");
        }

        if (!_options.IsAllowed(extension))
        {
            return new($"'{name}': {extension} files are not accepted. Accepted: {string.Join(" ", AllowedExtensions())}.");
        }

        if (length == 0)
        {
            return new($"'{name}' is empty.");
        }

        if (length > _options.MaxFileSize)
        {
            return new($"'{name}' is {Size(length)}; a file is at most {Size(_options.MaxFileSize)}.", TooLarge: true);
        }

        var reason = ContentError(extension, open);
        return reason is null ? null : new($"'{name}' {reason}");
    }

    public IEnumerable<string> AllowedExtensions() =>
        (_options.AllowedExtensions ?? MediaOptions.DefaultExtensions)
            .Select(e => e.StartsWith('.') ? e.ToLowerInvariant() : "." + e.ToLowerInvariant())
            .Where(_options.IsAllowed)
            .Distinct();

    private static string? ContentError(string extension, Func<Stream> open)
    {
        var head = new byte[FileSignatures.HeadLength];
        using (var stream = open())
        {
            Array.Resize(ref head, stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false));
        }

        if (FileSignatures.IsExecutable(head) is { } executable)
        {
            return $"is {executable}, which is never accepted.";
        }

        if (!FileSignatures.Matches(extension, head))
        {
            return $"is not {FileSignatures.Expected(extension)}: its content is {FileSignatures.Detect(head) ?? "something else"}.";
        }

        using var content = open();
        return extension switch
        {
            ".svg" => Prefixed("is refused as an SVG image: ", SvgInspector.Check(content)),
            ".txt" or ".csv" => TextContent.Check(content),
            _ when OfficePackage.Handles(extension) => OfficePackage.Check(extension, content),
            _ when FileSignatures.Expected(extension) is null && FileSignatures.LooksLikeHtml(head) => "is an HTML document, which is never accepted.",
            _ => null,
        };
    }

    private static string? Prefixed(string prefix, string? reason) => reason is null ? null : prefix + reason;

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.#} MB"
        : $"{Math.Max(1, bytes / 1024)} KB";
}
