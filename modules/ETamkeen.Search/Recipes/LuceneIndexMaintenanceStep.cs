using ETamkeen.Recipes;
using ETamkeen.Search.Indexing;
using ETamkeen.Search.Services;

namespace ETamkeen.Search.Recipes;

/// <summary>
/// Orchard's <c>lucene-index-rebuild</c> (empty the named indexes and fill them from the published
/// content) and <c>lucene-index-reset</c> (empty them and replay the indexing log from its start).
/// </summary>
public sealed class LuceneIndexMaintenanceStep(LuceneIndexSettingsManager indexes, LuceneIndexer indexer) : IRecipeStepHandler
{
    public const string Rebuild = "lucene-index-rebuild";
    public const string Reset = "lucene-index-reset";

    public IEnumerable<string> Names => [Rebuild, Reset];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var document = await indexes.GetAsync(cancellationToken);
        var reset = string.Equals(context.StepName, Reset, StringComparison.OrdinalIgnoreCase);
        foreach (var name in IndexNames.Read(context, document))
        {
            if (reset)
            {
                await indexer.ResetAsync(name, document.Indices[name], cancellationToken);
            }
            else
            {
                await indexer.RebuildAsync(name, document.Indices[name], cancellationToken);
            }
        }

        if (reset)
        {
            await indexer.CatchUpAsync(cancellationToken);
        }
    }
}
