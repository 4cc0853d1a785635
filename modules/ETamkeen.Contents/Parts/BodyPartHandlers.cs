using System.Text.Json.Nodes;
using ETamkeen.Contents.Handlers;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Parts;

/// <summary><c>HtmlBodyPart {Html}</c>: sanitised before storage.</summary>
public sealed class HtmlBodyPartHandler(RichTextSanitizer sanitizer, IStringLocalizer<HtmlBodyPartHandler> t) : IContentPartHandler
{
    public string PartName => "HtmlBodyPart";

    public Task UpdatingAsync(ContentUpdateContext context, TypePartDefinition definition, JsonObject part)
    {
        if (!JsonValues.TryString(part["Html"], out var html))
        {
            context.Error("HtmlBodyPart.Html", t["The body must be text (HTML)."]);
        }
        else
        {
            part["Html"] = html is null ? null : sanitizer.Sanitize(html);
        }

        return Task.CompletedTask;
    }
}

/// <summary><c>MarkdownBodyPart {Markdown}</c>: kept as written; rendered and sanitised for display.</summary>
public sealed class MarkdownBodyPartHandler(IStringLocalizer<MarkdownBodyPartHandler> t) : IContentPartHandler
{
    public string PartName => "MarkdownBodyPart";

    public Task UpdatingAsync(ContentUpdateContext context, TypePartDefinition definition, JsonObject part)
    {
        if (!JsonValues.TryString(part["Markdown"], out _))
        {
            context.Error("MarkdownBodyPart.Markdown", t["The body must be text (Markdown)."]);
        }

        return Task.CompletedTask;
    }
}
