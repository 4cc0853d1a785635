using System.Text.RegularExpressions;
using System.Xml;

namespace ETamkeen.Media.Services;

/// <summary>
/// An SVG is a document that can run script as the portal when opened on its own. One is
/// stored only if it is well-formed XML with no DTD, no script, no event handler, no embedded
/// HTML and no reference outside itself; anything else is refused with what was found.
/// Serving it with a sandboxing CSP is the second line, not the first.
/// </summary>
public static partial class SvgInspector
{
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "handler", "listener", "iframe", "embed", "object",
    };

    public static string? Check(Stream content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };

        try
        {
            using var reader = XmlReader.Create(content, settings);
            var sawRoot = false;
            var inStyle = false;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (!sawRoot && !string.Equals(reader.LocalName, "svg", StringComparison.OrdinalIgnoreCase))
                        {
                            return $"its root element is <{reader.Name}>, not <svg>.";
                        }

                        sawRoot = true;
                        if (ElementError(reader) is { } elementError)
                        {
                            return elementError;
                        }

                        inStyle = string.Equals(reader.LocalName, "style", StringComparison.OrdinalIgnoreCase) && !reader.IsEmptyElement;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when inStyle:
                        if (CssError(reader.Value) is { } cssError)
                        {
                            return cssError;
                        }

                        break;
                    case XmlNodeType.EndElement:
                        inStyle = false;
                        break;
                    case XmlNodeType.ProcessingInstruction:
                        // <?xml-stylesheet?> can apply XSLT that writes a scripted page.
                        return $"it contains a processing instruction (<?{reader.Name} ...?>).";
                }
            }

            return sawRoot ? null : "it has no <svg> element.";
        }
        catch (XmlException e)
        {
            return e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "it declares a DOCTYPE, which is refused (entities can expand without bound or load other files)."
                : $"it is not well-formed XML ({e.Message}).";
        }
    }

    private static string? ElementError(XmlReader reader)
    {
        if (ForbiddenElements.Contains(reader.LocalName))
        {
            return $"it contains a <{reader.LocalName}> element.";
        }

        if (reader.NamespaceURI == XhtmlNamespace)
        {
            return $"it contains an HTML element (<{reader.Name}>).";
        }

        var isAnimation = reader.LocalName is "animate" or "set";
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (reader.Prefix == "xmlns" || reader.Name == "xmlns")
            {
                continue;
            }

            if (AttributeError(reader.LocalName, reader.Value, isAnimation) is { } error)
            {
                return error;
            }
        }

        reader.MoveToElement();
        return null;
    }

    private static string? AttributeError(string name, string value, bool isAnimation)
    {
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            return $"it has an event handler attribute ({name}).";
        }

        if (IsScriptAddress(value))
        {
            return $"its attribute {name} holds a script address (javascript:).";
        }

        if (name == "href" && !value.TrimStart().StartsWith('#'))
        {
            return $"it links to '{value}': only references inside the image ('#id') are allowed.";
        }

        // <set attributeName="href" to="..."> changes a link after the checks above.
        if (isAnimation && name == "attributeName" && value.Trim().EndsWith("href", StringComparison.OrdinalIgnoreCase))
        {
            return "it animates a link (attributeName=\"href\").";
        }

        return name == "style" ? CssError(value) : null;
    }

    private static bool IsScriptAddress(string value)
    {
        // Browsers ignore whitespace and control characters inside a scheme: "java\tscript:".
        var compact = new string([.. value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        return compact.Contains("javascript:", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("vbscript:", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("data:text/html", StringComparison.OrdinalIgnoreCase);
    }

    private static string? CssError(string css) =>
        css.Contains("@import", StringComparison.OrdinalIgnoreCase) ? "its style sheet imports another (@import)."
        : ExternalUrl().IsMatch(css) ? "its style loads something outside the image (url(...))."
        : css.Contains("expression(", StringComparison.OrdinalIgnoreCase) || IsScriptAddress(css) ? "its style holds script."
        : null;

    /// <summary>A CSS url() that doesn't point inside the document (url(#gradient) does).</summary>
    [GeneratedRegex(@"url\s*\(\s*(?!['""]?\s*#)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExternalUrl();
}
