using System.Text.RegularExpressions;
using ETamkeen.Contents.Handlers;
using ETamkeen.Contents.Services;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Fields;

/// <summary><c>TextField {Text}</c>; settings <c>TextFieldSettings {Required, MaxLength, Pattern}</c> (the last two are ours).</summary>
public sealed class TextFieldHandler(IStringLocalizer<TextFieldHandler> t) : IContentFieldHandler
{
    public string FieldName => "TextField";

    public Task UpdatingAsync(FieldUpdateContext context)
    {
        if (!JsonValues.TryString(context.Value["Text"], out var text))
        {
            context.Error(t["{0} must be text.", context.Label]);
            return Task.CompletedTask;
        }

        var settings = context.Settings("TextFieldSettings");
        if (JsonValues.Flag(settings, "Required") && string.IsNullOrWhiteSpace(text))
        {
            context.Error(t["{0} is required.", context.Label]);
        }

        if (text is not null && JsonValues.Number(settings, "MaxLength") is { } max && text.Length > max)
        {
            context.Error(t["{0} has at most {1} characters.", context.Label, max]);
        }

        if (!string.IsNullOrEmpty(text) && JsonValues.Text(settings, "Pattern") is { Length: > 0 } pattern
            && !Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100)))
        {
            context.Error(JsonValues.Text(settings, "PatternMessage") ?? t["{0} is not in the expected form.", context.Label]);
        }

        return Task.CompletedTask;
    }
}

/// <summary><c>HtmlField {Html}</c>: sanitised before storage.</summary>
public sealed class HtmlFieldHandler(RichTextSanitizer sanitizer, IStringLocalizer<HtmlFieldHandler> t) : IContentFieldHandler
{
    public string FieldName => "HtmlField";

    public Task UpdatingAsync(FieldUpdateContext context)
    {
        if (!JsonValues.TryString(context.Value["Html"], out var html))
        {
            context.Error(t["{0} must be text (HTML).", context.Label]);
        }
        else
        {
            context.Value["Html"] = html is null ? null : sanitizer.Sanitize(html);
            if (JsonValues.Flag(context.Settings("HtmlFieldSettings"), "Required") && string.IsNullOrWhiteSpace(html))
            {
                context.Error(t["{0} is required.", context.Label]);
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary><c>MarkdownField {Markdown}</c>: kept as written, sanitised when rendered.</summary>
public sealed class MarkdownFieldHandler(IStringLocalizer<MarkdownFieldHandler> t) : IContentFieldHandler
{
    public string FieldName => "MarkdownField";

    public Task UpdatingAsync(FieldUpdateContext context)
    {
        if (!JsonValues.TryString(context.Value["Markdown"], out var markdown))
        {
            context.Error(t["{0} must be text (Markdown).", context.Label]);
        }
        else if (JsonValues.Flag(context.Settings("MarkdownFieldSettings"), "Required") && string.IsNullOrWhiteSpace(markdown))
        {
            context.Error(t["{0} is required.", context.Label]);
        }

        return Task.CompletedTask;
    }
}
