using ETamkeen.Search.Analysis;
using ETamkeen.Search.Models;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace ETamkeen.Search.Services;

/// <summary>
/// The Lucene side of a search, on an open reader: the visitor's words (all required) with the
/// filters, the hidden types taken out, facet counts over every hit, one page with snippets.
/// Kept apart from <see cref="SearchService"/> (settings, permissions, messages) so that it can
/// be measured on its own.
/// </summary>
public static class LuceneQueryRunner
{
    public const string SyntaxError = "syntax";
    public const string TooManyClauses = "clauses";
    private const int FacetValuesShown = 20;

    /// <summary>The result, or one whose <see cref="SearchResult.Error"/> is <see cref="SyntaxError"/> or <see cref="TooManyClauses"/>.</summary>
    public static SearchResult Run(IndexReader reader, Analyzer analyzer, SearchQuery query, IReadOnlyList<string> facetNames, IEnumerable<string> hiddenTypes)
    {
        var words = Parse(query.Text, analyzer);
        if (words is null)
        {
            return SearchResult.Failed(SyntaxError);
        }

        var searcher = new IndexSearcher(reader);
        var filtered = new BooleanQuery { { words, Occur.MUST } };
        AddFilters(filtered, query);
        foreach (var hidden in hiddenTypes)
        {
            filtered.Add(new TermQuery(new Term(IndexFields.ContentType, hidden)), Occur.MUST_NOT);
        }

        var top = TopScoreDocCollector.Create(query.Page * query.PageSize, true);
        var facets = new FacetCounter(facetNames);
        try
        {
            searcher.Search(filtered, MultiCollector.Wrap(top, facets));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return SearchResult.Failed(TooManyClauses);
        }

        var terms = Terms(searcher, words);
        var hits = top.GetTopDocs((query.Page - 1) * query.PageSize, query.PageSize).ScoreDocs.Select(hit =>
        {
            var document = searcher.Doc(hit.Doc);
            var culture = document.Get(IndexFields.Culture);
            return new SearchHit(
                document.Get(IndexFields.ContentItemId),
                document.Get(IndexFields.ContentType),
                document.Get(IndexFields.DisplayText) ?? "",
                culture == IndexFields.NoCulture ? null : culture,
                document.Get(IndexFields.Url),
                SnippetBuilder.Build(document.Get(IndexFields.FullText) ?? "", terms, analyzer, IndexFields.FullText));
        }).ToList();

        return new SearchResult
        {
            Total = top.TotalHits,
            Page = query.Page,
            PageSize = query.PageSize,
            Items = hits,
            Facets = facets.Result(FacetValuesShown),
        };
    }

    /// <summary>The visitor's words as a query over the full text; empty words match every item; null when unreadable.</summary>
    public static Query? Parse(string? text, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MatchAllDocsQuery();
        }

        var parser = new QueryParser(PortalAnalyzer.Version, IndexFields.FullText, analyzer) { DefaultOperator = Operator.AND };
        try
        {
            // Words that are all stop words leave nothing to look for: nothing matches.
            return parser.Parse(text.Trim()) ?? new BooleanQuery();
        }
        catch (ParseException)
        {
            return null;
        }
    }

    private static void AddFilters(BooleanQuery filtered, SearchQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Culture))
        {
            filtered.Add(new BooleanQuery
            {
                { new TermQuery(new Term(IndexFields.Culture, query.Culture)), Occur.SHOULD },
                { new TermQuery(new Term(IndexFields.Culture, IndexFields.NoCulture)), Occur.SHOULD },
            }, Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(query.ContentType))
        {
            filtered.Add(new TermQuery(new Term(IndexFields.ContentType, query.ContentType)), Occur.MUST);
        }

        foreach (var (name, value) in query.Facets)
        {
            filtered.Add(new TermQuery(new Term(IndexFields.Facet(name), value)), Occur.MUST);
        }
    }

    /// <summary>The analysed words of the visitor's query, for marking them in snippets.</summary>
    private static HashSet<string> Terms(IndexSearcher searcher, Query words)
    {
        var terms = new HashSet<Term>();
        try
        {
            searcher.Rewrite(words).ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // Match-all and constant-score rewrites have no terms to mark.
        }

        return [.. terms.Where(t => t.Field == IndexFields.FullText).Select(t => t.Text)];
    }
}
