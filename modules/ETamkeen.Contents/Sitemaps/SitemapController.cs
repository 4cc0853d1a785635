using System.Globalization;
using System.Text;
using System.Xml;
using ETamkeen.Contents.Handlers;
using ETamkeen.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ETamkeen.Contents.Sitemaps;

/// <summary>
/// <c>/sitemap.xml</c> (an index of one sitemap per culture), <c>/{culture}/sitemap.xml</c> (that
/// culture's published pages, each with its translations as <c>xhtml:link</c> alternates) and a
/// <c>robots.txt</c> that points to them. Cached like the pages and emptied by the same content events.
/// </summary>
public sealed class SitemapController(ISiteService site, SitemapQuery query) : Controller
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    [HttpGet("sitemap.xml")]
    [OutputCache(PolicyName = ContentOutputCache.Policy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var settings = await site.GetAsync(cancellationToken);
        return Xml(writer =>
        {
            writer.WriteStartElement("sitemapindex", SitemapNamespace);
            foreach (var culture in settings.SupportedCultures)
            {
                writer.WriteStartElement("sitemap", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, Absolute($"{culture}/sitemap.xml"));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    [HttpGet("{culture:regex(^(fr|ar|en)$)}/sitemap.xml")]
    [OutputCache(PolicyName = ContentOutputCache.Policy)]
    public async Task<IActionResult> Culture(string culture, CancellationToken cancellationToken)
    {
        var settings = await site.GetAsync(cancellationToken);
        if (!settings.SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            return NotFound();
        }

        var pages = await query.PagesAsync(culture, settings.DefaultCulture, cancellationToken);
        return Xml(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var page in pages)
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, Absolute($"{culture}/{page.Path}"));
                if (page.LastModifiedUtc is { } modified)
                {
                    writer.WriteElementString("lastmod", SitemapNamespace, modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                // Google's rule: a page lists every version, itself included, once it has another.
                if (page.Alternates.Count > 1)
                {
                    foreach (var (language, path) in page.Alternates.OrderBy(a => a.Key, StringComparer.Ordinal))
                    {
                        writer.WriteStartElement("xhtml", "link", XhtmlNamespace);
                        writer.WriteAttributeString("rel", "alternate");
                        writer.WriteAttributeString("hreflang", language);
                        writer.WriteAttributeString("href", Absolute($"{language}/{path}"));
                        writer.WriteEndElement();
                    }
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    [HttpGet("robots.txt")]
    public IActionResult Robots() =>
        Content($"User-agent: *\nDisallow: {Request.PathBase}/admin\nDisallow: {Request.PathBase}/api/\nSitemap: {Absolute("sitemap.xml")}\n", "text/plain; charset=utf-8");

    private string Absolute(string relative) => $"{Request.Scheme}://{Request.Host}{Request.PathBase}/{relative}";

    private Microsoft.AspNetCore.Mvc.ContentResult Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            write(writer);
        }

        return Content("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text, "application/xml; charset=utf-8");
    }
}
