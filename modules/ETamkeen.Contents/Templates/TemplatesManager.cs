using ETamkeen.Data;

namespace ETamkeen.Contents.Templates;

/// <summary>Reads and changes the tenant's templates; every save is validated first.</summary>
public sealed class TemplatesManager(IDocumentSession session, TemplatesCache cache, Handlers.ContentOutputCache pages)
{
    public async Task<TemplatesDocument> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache.Current is { } cached)
        {
            return cached;
        }

        var loaded = await session.FirstOrDefaultAsync<TemplatesDocument>(cancellationToken) ?? new TemplatesDocument();
        cache.Current = loaded;
        return loaded;
    }

    public async Task UpdateAsync(Action<Dictionary<string, Template>> change, CancellationToken cancellationToken = default)
    {
        // Change a fresh copy: a failed save must not leave the cache half-changed.
        var stored = await session.FirstOrDefaultAsync<TemplatesDocument>(cancellationToken) ?? new TemplatesDocument();
        var templates = new Dictionary<string, Template>(stored.Templates, StringComparer.Ordinal);
        change(templates);
        stored.Templates = templates;
        session.Save(stored);
        await session.SaveChangesAsync(cancellationToken);

        // Cached pages were rendered with the old template.
        await pages.EvictAsync();
        cache.Current = stored;
    }

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
