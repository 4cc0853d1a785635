using Scriban;
using Scriban.Runtime;

namespace ETamkeen.Contents.Services;

/// <summary>
/// Orchard's Liquid patterns for generated paths and titles, e.g.
/// <c>{{ Model.ContentItem | container | display_text | slugify }}/{{ Model.ContentItem | display_text | slugify }}</c>,
/// rendered with Scriban in Liquid mode, with limits: a pattern is admin input.
/// </summary>
public static class LiquidPatterns
{
    public static string Render(string pattern, ContentItem item, ContentItem? container)
    {
        var template = Template.ParseLiquid(pattern);
        if (template.HasErrors)
        {
            throw new FormatException("The pattern is not valid Liquid: " + string.Join("; ", template.Messages));
        }

        var globals = new ScriptObject();
        globals.Import("display_text", new Func<object?, string>(o => (o as ScriptObject)?["DisplayText"] as string ?? o?.ToString() ?? ""));
        globals.Import("slugify", new Func<object?, string>(o => Slugs.Slugify(o?.ToString())));
        globals.Import("container", new Func<object?, object?>(o => (o as ScriptObject)?["Container"]));
        globals["Model"] = new ScriptObject { ["ContentItem"] = ToScript(item, container is null ? null : ToScript(container, null)) };

        var context = new LiquidTemplateContext
        {
            LoopLimit = 100,
            RecursiveLimit = 10,
            LimitToString = 2048,
            StrictVariables = false,
        };
        context.PushGlobal(globals);
        return template.Render(context).Trim();
    }

    private static ScriptObject ToScript(ContentItem item, ScriptObject? container) => new()
    {
        ["ContentItemId"] = item.ContentItemId,
        ["ContentType"] = item.ContentType,
        ["DisplayText"] = item.DisplayText,
        ["Container"] = container,
    };
}
