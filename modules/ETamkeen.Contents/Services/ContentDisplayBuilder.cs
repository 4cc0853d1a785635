using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using ETamkeen.Contents.Fields;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.ViewModels;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace ETamkeen.Contents.Services;

/// <summary>
/// Turns an item's parts and fields into safe HTML sections in the type's order. Stored rich
/// text is sanitised again on the way out, so content imported before a sanitiser change, or
/// written to the database by other means, can't carry a script to a page.
/// </summary>
public sealed class ContentDisplayBuilder(RichTextSanitizer sanitizer)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public IReadOnlyList<DisplaySection> Build(ContentItem item, ContentTypeDefinition type)
    {
        var sections = new List<DisplaySection>();
        foreach (var part in type.Parts)
        {
            var json = item.Content[part.Name] as JsonObject;
            var html = part.PartName == "HtmlBodyPart" ? json?["Html"]?.ToString() : null;
            var markdown = part.PartName == "MarkdownBodyPart" ? json?["Markdown"]?.ToString() : null;
            if (!string.IsNullOrEmpty(html))
            {
                sections.Add(new(part.Name, null, new HtmlString(sanitizer.Sanitize(html))));
            }
            else if (!string.IsNullOrEmpty(markdown))
            {
                sections.Add(new(part.Name, null, RenderMarkdown(markdown)));
            }

            foreach (var field in part.Fields)
            {
                if (json?[field.Name] is JsonObject value && Field(field, value) is { } rendered)
                {
                    sections.Add(new($"{part.Name}.{field.Name}", field.DisplayName, rendered));
                }
            }
        }

        return sections;
    }

    private HtmlString RenderMarkdown(string markdown) => new(sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline)));

    private IHtmlContent? Field(PartFieldDefinition field, JsonObject value)
    {
        string? Text(string name) => value[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        switch (field.FieldName)
        {
            case "TextField" when Text("Text") is { Length: > 0 } text:
                return new HtmlString(HtmlEncoder.Default.Encode(text));
            case "HtmlField" when Text("Html") is { Length: > 0 } fieldHtml:
                return new HtmlString(sanitizer.Sanitize(fieldHtml));
            case "MarkdownField" when Text("Markdown") is { Length: > 0 } markdown:
                return RenderMarkdown(markdown);
            case "NumericField" when value["Value"] is JsonValue number && number.TryGetValue<decimal>(out var n):
                return new HtmlString(HtmlEncoder.Default.Encode(n.ToString(CultureInfo.CurrentCulture)));
            case "BooleanField" when value["Value"] is JsonValue flag && flag.TryGetValue<bool>(out var b):
                return new HtmlString(b ? "✓" : "✗");
            case "DateField" or "DateTimeField" when Text("Value") is { Length: > 0 } date && DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var d):
                return new HtmlString($"<time datetime=\"{HtmlEncoder.Default.Encode(date)}\">{HtmlEncoder.Default.Encode(field.FieldName == "DateField" ? d.ToString("d", CultureInfo.CurrentCulture) : d.ToString("g", CultureInfo.CurrentCulture))}</time>");
            case "LinkField" when Text("Url") is { Length: > 0 } url && LinkFieldHandler.IsSafe(url):
                var label = Text("Text") is { Length: > 0 } t ? t : url;
                return new HtmlString($"<a href=\"{HtmlEncoder.Default.Encode(url.StartsWith("~/", StringComparison.Ordinal) ? url[1..] : url)}\">{HtmlEncoder.Default.Encode(label)}</a>");
            default:
                return null;
        }
    }
}
