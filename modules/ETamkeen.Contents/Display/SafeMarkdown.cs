using ETamkeen.Contents.Services;
using Markdig;

namespace ETamkeen.Contents.Display;

/// <summary>Markdown as pages show it: raw HTML in the source is not passed through, and the result is sanitised.</summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public static string ToHtml(string markdown, RichTextSanitizer sanitizer) => sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
}
