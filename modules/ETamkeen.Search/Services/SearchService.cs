using System.Security.Claims;
using ETamkeen.Contents;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Security;
using ETamkeen.Search.Analysis;
using ETamkeen.Search.Indexing;
using ETamkeen.Search.Models;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Search.Services;

/// <summary>
/// Runs a visitor's query on the site's search index: their words (Lucene syntax, all words
/// required), the filters, the types they may not see taken out, facet counts over every hit and
/// one page of hits with snippets. A query Lucene can't read, or a page past the cap, is a message.
/// </summary>
public sealed class SearchService(
    LuceneIndexStore store,
    LuceneIndexSettingsManager indexes,
    IContentDefinitionManager definitions,
    ContentAuthorizer authorizer,
    IStringLocalizer<SearchService> t)
{
    public async Task<SearchResult> SearchAsync(SearchQuery query, ClaimsPrincipal user, string? index = null, CancellationToken cancellationToken = default)
    {
        if (query.PageSize is < 1 or > SearchQuery.MaxPageSize)
        {
            return SearchResult.Failed(t["A page holds from 1 to {0} results.", SearchQuery.MaxPageSize]);
        }

        if (query.Page < 1 || (long)query.Page * query.PageSize > SearchQuery.MaxResults)
        {
            return SearchResult.Failed(t["Only the first {0} results can be shown: refine your search.", SearchQuery.MaxResults]);
        }

        index ??= await indexes.DefaultIndexAsync(cancellationToken);
        var settings = index is null ? null : await indexes.GetAsync(index, cancellationToken);
        using var lease = settings is null ? null : store.Acquire(index!);
        if (settings is null || lease is null)
        {
            return new SearchResult { Page = query.Page, PageSize = query.PageSize };
        }

        var facetNames = settings.Facets.Keys.Prepend(IndexFields.TypeFacet).Distinct(StringComparer.Ordinal).ToList();
        using var analyzer = SearchAnalyzers.Create(settings.AnalyzerName);
        var result = LuceneQueryRunner.Run(lease.Reader, analyzer, query, facetNames, await HiddenTypesAsync(user, settings));
        return result.Error switch
        {
            LuceneQueryRunner.SyntaxError => SearchResult.Failed(t["Your search could not be understood. Check quotes, brackets and operators, or search for plain words."]),
            LuceneQueryRunner.TooManyClauses => SearchResult.Failed(t["Your search matches too many words: make the wildcards more precise."]),
            _ => result,
        };
    }

    /// <summary>The Securable types of the index this visitor may not view: their items are never returned.</summary>
    private async Task<List<string>> HiddenTypesAsync(ClaimsPrincipal user, LuceneIndexSettings settings)
    {
        var hidden = new List<string>();
        foreach (var type in (await definitions.ListTypesAsync()).Where(t => t.Securable && settings.Indexes(t.Name)))
        {
            // An item nobody owns: the type's View permission, not ViewOwn.
            if (!await authorizer.CanAsync(user, Contents.Permissions.ViewContent, new ContentItem { ContentType = type.Name }))
            {
                hidden.Add(type.Name);
            }
        }

        return hidden;
    }
}
