using ETamkeen.Search.Analysis;
using ETamkeen.Search.Services;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Xunit;

namespace ETamkeen.Tests.Search;

public sealed class AnalyzerTests
{
    private static List<string> Tokens(string language, string text)
    {
        using var analyzer = SearchAnalyzers.Create(language);
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var tokens = new List<string>();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    [Theory]
    [InlineData("french")]
    [InlineData("standard")]
    [InlineData("arabic")]
    public void French_accents_are_folded_in_every_analyzer(string language) =>
        Assert.Equal(Tokens(language, "cybersecurite"), Tokens(language, "Cybersécurité"));

    [Fact]
    public void French_plurals_and_elision_meet_the_singular()
    {
        Assert.Equal(Tokens("french", "formation cybersecurite"), Tokens("french", "Formations en cybersécurité"));
        Assert.Equal(Tokens("french", "administration"), Tokens("french", "l'administration"));
        Assert.Equal(Tokens("french", "evaluation"), Tokens("french", "d’évaluations"));
        Assert.Equal(Tokens("french", "qualite"), Tokens("french", "qu'qualité").Take(1));
    }

    [Theory]
    [InlineData("الإدارة الرقمية", "الادارة الرقميه")]
    [InlineData("أَمْنُ المَعْلُومَات", "امن المعلومات")]
    [InlineData("مسؤول", "مسوول")]
    [InlineData("هيئة", "هييه")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("الـتـحـول", "التحول")]
    [InlineData("آفاق ٱلتكوين", "افاق التكوين")]
    public void Arabic_spellings_with_or_without_hamza_and_diacritics_meet(string written, string typed)
    {
        foreach (var language in new[] { "arabic", "french", "standard", "english" })
        {
            Assert.Equal(Tokens(language, written), Tokens(language, typed));
        }
    }

    [Fact]
    public void Arabic_folding_maps_each_form()
    {
        Assert.Equal("ا ا ا ا و ي ي ه", ArabicFolding.Fold("أ إ آ ٱ ؤ ئ ى ة"));
        Assert.Equal("كتب", ArabicFolding.Fold("كَتَبَ"));
        Assert.Equal("جميل", ArabicFolding.Fold("جـمـيـل"));
    }

    [Theory]
    [InlineData("standardanalyzer", SearchLanguage.Standard)]
    [InlineData("FrenchAnalyzer", SearchLanguage.French)]
    [InlineData("arabic", SearchLanguage.Arabic)]
    [InlineData("english", SearchLanguage.English)]
    public void Orchard_and_our_analyzer_names_are_understood(string name, SearchLanguage expected)
    {
        Assert.True(SearchAnalyzers.TryParse(name, out var language));
        Assert.Equal(expected, language);
    }

    [Fact]
    public void Unknown_analyzer_is_refused() => Assert.False(SearchAnalyzers.TryParse("klingon", out _));

    [Fact]
    public void A_query_finds_through_the_same_analyzer_and_marks_the_snippet()
    {
        using var directory = new RAMDirectory();
        using var analyzer = SearchAnalyzers.Create("french");
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(PortalAnalyzer.Version, analyzer)))
        {
            writer.AddDocument(new Document { new TextField("t", "Formations en cybersécurité pour les <cadres>", Field.Store.YES) });
            writer.AddDocument(new Document { new TextField("t", "Guide de la transformation numérique", Field.Store.YES) });
            writer.AddDocument(new Document { new TextField("t", "دليل أمن المعلومات في الإدارة", Field.Store.YES) });
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var parser = new Lucene.Net.QueryParsers.Classic.QueryParser(PortalAnalyzer.Version, "t", analyzer) { DefaultOperator = Lucene.Net.QueryParsers.Classic.Operator.AND };
        Assert.Equal(1, searcher.Search(parser.Parse("formation cybersecurite"), 10).TotalHits);
        Assert.Equal(1, searcher.Search(parser.Parse("امن الادارة"), 10).TotalHits);
        Assert.Equal(1, searcher.Search(parser.Parse("أَمْن"), 10).TotalHits);

        var snippet = SnippetBuilder.Build("Formations en cybersécurité pour les <cadres>", new HashSet<string>(Tokens("french", "cybersecurite")), analyzer, "t");
        Assert.Equal("Formations en <mark>cybersécurité</mark> pour les &lt;cadres&gt;", snippet);
    }

    [Fact]
    public void Bad_syntax_is_not_a_query()
    {
        using var analyzer = SearchAnalyzers.Create("french");
        Assert.Null(LuceneQueryRunner.Parse("formation AND (", analyzer));
        Assert.Null(LuceneQueryRunner.Parse("\"unclosed", analyzer));
        Assert.IsType<MatchAllDocsQuery>(LuceneQueryRunner.Parse("  ", analyzer));
    }
}
