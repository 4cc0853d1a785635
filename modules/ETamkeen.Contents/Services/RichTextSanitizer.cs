using Ganss.Xss;

namespace ETamkeen.Contents.Services;

/// <summary>
/// Every rich-text value goes through this before storage and again before display (Markdown
/// is rendered then sanitised): scripts, event attributes and <c>javascript:</c> URLs never
/// reach a page.
/// </summary>
public sealed class RichTextSanitizer
{
    private readonly HtmlSanitizer _sanitizer;

    public RichTextSanitizer()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedAttributes.Add("dir");
        _sanitizer.AllowedAttributes.Add("lang");
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");
        _sanitizer.AllowedTags.Add("figure");
        _sanitizer.AllowedTags.Add("figcaption");
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
