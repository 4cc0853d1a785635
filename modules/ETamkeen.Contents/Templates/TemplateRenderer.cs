using ETamkeen.Contents.Services;
using Microsoft.Extensions.Logging;
using Scriban;

namespace ETamkeen.Contents.Templates;

/// <summary>What a template gave: sanitised HTML, or nothing (no template, or it failed).</summary>
public sealed record TemplateRendering(string? Html, bool Failed);

/// <summary>
/// Renders an admin's Liquid template for an item inside limits: loop steps, recursion,
/// string and output size, and time. A template is admin input, so its output is sanitised
/// like any rich text, and its failures are logged, never shown to visitors.
/// </summary>
public sealed class TemplateRenderer(TemplatesManager templates, TemplatesCache cache, RichTextSanitizer sanitizer, ILogger<TemplateRenderer> logger)
{
    public const int MaxOutput = 256 * 1024;
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(1);

    public async Task<TemplateRendering> RenderAsync(string name, ContentItem item, CancellationToken cancellationToken)
    {
        var document = await templates.GetAsync(cancellationToken);
        if (!document.Templates.TryGetValue(name, out var template) || string.IsNullOrWhiteSpace(template.Content))
        {
            return new TemplateRendering(null, false);
        }

        var parsed = cache.Parse(name, template.Content);
        if (parsed.HasErrors)
        {
            logger.LogWarning("Template {Template} does not parse: {Errors}", name, string.Join("; ", parsed.Messages));
            return new TemplateRendering(null, true);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeLimit);
        var globals = LiquidFilters.Create(sanitizer);
        globals["Model"] = LiquidModel.For(item);
        var context = new LiquidTemplateContext
        {
            LoopLimit = 10_000,
            RecursiveLimit = 20,
            LimitToString = 64 * 1024,
            OutputLimit = MaxOutput,
            OnOutputLimit = Scriban.ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromMilliseconds(200),
            StrictVariables = false,
            CancellationToken = timeout.Token,
        };
        context.PushGlobal(globals);

        try
        {
            var output = await parsed.RenderAsync(context);
            return new TemplateRendering(sanitizer.Sanitize(output ?? ""), false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever the template did (a limit, a bad filter argument, the time limit), the page falls back.
            logger.LogWarning(e, "Template {Template} failed on {ContentItemId}", name, item.ContentItemId);
            return new TemplateRendering(null, true);
        }
    }
}
