using System.Collections.Concurrent;

namespace ETamkeen.Contents.Templates;

/// <summary>A shell singleton: each template parsed once per version of its text (a page view must not re-parse).</summary>
public sealed class TemplatesCache
{
    private readonly ConcurrentDictionary<string, (string Source, Scriban.Template Parsed)> _parsed = new(StringComparer.Ordinal);

    public Scriban.Template Parse(string name, string source)
    {
        if (_parsed.TryGetValue(name, out var cached) && string.Equals(cached.Source, source, StringComparison.Ordinal))
        {
            return cached.Parsed;
        }

        var parsed = Scriban.Template.ParseLiquid(source, name);
        _parsed[name] = (source, parsed);
        return parsed;
    }
}
