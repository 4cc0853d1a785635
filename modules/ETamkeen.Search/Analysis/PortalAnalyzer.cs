using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ETamkeen.Search.Analysis;

/// <summary>
/// One chain for every language, since a French index still holds Arabic names and the reverse:
/// words split by the standard tokenizer, French elision (l', d', qu'...) removed, lower case,
/// Arabic folded, Latin accents folded (é → e), the language's stop words, then light stemming
/// (French plurals and endings, Arabic prefixes and suffixes, English Porter). Index and query
/// time use the same analyzer, so both sides meet on the same terms.
/// </summary>
public sealed class PortalAnalyzer(SearchLanguage language) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Folded like the tokens they are compared with (stop words are removed after folding).
    private static readonly CharArraySet FrenchStops = Folded(FrenchAnalyzer.DefaultStopSet);
    private static readonly CharArraySet ArabicStops = Folded(ArabicAnalyzer.DefaultStopSet);
    private static readonly CharArraySet EnglishStops = Folded(EnglishAnalyzer.DefaultStopSet);

    public SearchLanguage Language { get; } = language;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ArabicFoldingFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = Language switch
        {
            SearchLanguage.French => new FrenchLightStemFilter(new StopFilter(Version, stream, FrenchStops)),
            SearchLanguage.Arabic => new StopFilter(Version, stream, ArabicStops),
            SearchLanguage.English => new PorterStemFilter(new StopFilter(Version, new EnglishPossessiveFilter(Version, stream), EnglishStops)),
            _ => stream,
        };

        // Arabic words are stemmed in every index: the stemmer leaves Latin words alone.
        stream = new ArabicStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static CharArraySet Folded(CharArraySet words)
    {
        var folded = new CharArraySet(Version, words.Count, ignoreCase: true);
        foreach (var word in words)
        {
            folded.Add(Latin(ArabicFolding.Fold(word.ToString()!)));
        }

        return folded.AsReadOnly();
    }

    private static string Latin(string word)
    {
        var input = word.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
