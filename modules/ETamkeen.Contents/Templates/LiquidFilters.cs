using ETamkeen.Contents.Services;
using Scriban.Runtime;

namespace ETamkeen.Contents.Templates;

/// <summary>Orchard's Liquid filters that templates use, over our own services.</summary>
public static class LiquidFilters
{
    public static ScriptObject Create(RichTextSanitizer sanitizer)
    {
        var filters = new ScriptObject();
        filters.Import("display_text", new Func<object?, string>(o => (o as ScriptObject)?["DisplayText"] as string ?? o?.ToString() ?? ""));
        filters.Import("slugify", new Func<object?, string>(o => Slugs.Slugify(o?.ToString())));
        filters.Import("markdownify", new Func<object?, string>(o => Display.SafeMarkdown.ToHtml(o?.ToString() ?? "", sanitizer)));
        filters.Import("sanitize_html", new Func<object?, string>(o => sanitizer.Sanitize(o?.ToString() ?? "")));

        // Localisation of template strings comes with the PO files; until then, the text itself.
        filters.Import("t", new Func<object?, string>(o => o?.ToString() ?? ""));
        return filters;
    }
}
