using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ETamkeen.Search.Services;

/// <summary>
/// A short extract of a hit's text around the first words that match, matched words in
/// <c>&lt;mark&gt;</c>, everything else HTML-escaped. The text is analysed as at index time, so
/// "cybersecurite" marks "cybersécurité" and a word without hamza marks the one with it.
/// </summary>
public static class SnippetBuilder
{
    private const int MaxAnalyzed = 20_000;

    // Escapes markup only: Arabic and accented letters stay readable in the JSON and the page.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Build(string text, IReadOnlySet<string> terms, Analyzer analyzer, string field, int length = 220)
    {
        if (text.Length > MaxAnalyzed)
        {
            text = text[..MaxAnalyzed];
        }

        var matches = terms.Count == 0 ? [] : Matches(text, terms, analyzer, field);
        var start = matches.Count == 0 ? 0 : Math.Max(0, matches[0].Start - (length / 4));
        start = WordStart(text, start);
        var end = Math.Min(text.Length, start + length);
        end = WordEnd(text, end);

        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }

        var at = start;
        foreach (var (s, e) in matches.Where(m => m.Start >= start && m.End <= end))
        {
            html.Append(Encoder.Encode(text[at..s])).Append("<mark>").Append(Encoder.Encode(text[s..e])).Append("</mark>");
            at = e;
        }

        html.Append(Encoder.Encode(text[at..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString().Replace('\n', ' ');
    }

    private static List<(int Start, int End)> Matches(string text, IReadOnlySet<string> terms, Analyzer analyzer, string field)
    {
        var matches = new List<(int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var last = -1;
        while (stream.IncrementToken())
        {
            if (offset.StartOffset > last && terms.Contains(term.ToString()))
            {
                matches.Add((offset.StartOffset, offset.EndOffset));
                last = offset.EndOffset;
            }
        }

        stream.End();
        return matches;
    }

    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && index > 0 && !char.IsWhiteSpace(text[index - 1]) && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
