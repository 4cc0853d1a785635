using ETamkeen.Contents.Display;
using ETamkeen.Data;

namespace ETamkeen.Contents.Templates;

/// <summary>Reads and changes the tenant's templates; every save is validated first.</summary>
public sealed class TemplatesManager(CachedDocuments<TemplatesDocument> documents, Handlers.ContentOutputCache pages)
    : CachedDocumentStore<TemplatesDocument>(documents, pages)
{
    public Task UpdateAsync(Action<Dictionary<string, Template>> change, CancellationToken cancellationToken = default) =>
        ChangeAsync(document =>
        {
            var templates = new Dictionary<string, Template>(document.Templates, StringComparer.Ordinal);
            change(templates);
            document.Templates = templates;
        }, cancellationToken);

    /// <summary>Null when the text parses (or is empty: no override), else the parse errors with line and column.</summary>
    public static string? Validate(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        var parsed = Scriban.Template.ParseLiquid(content);
        return parsed.HasErrors ? string.Join("; ", parsed.Messages.Select(m => m.ToString())) : null;
    }

    /// <summary>Orchard's shape names: letters, digits, underscores, e.g. <c>Content__LandingPage</c>.</summary>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= 200 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
}
