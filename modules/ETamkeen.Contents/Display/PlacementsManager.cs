using ETamkeen.Contents.Handlers;
using ETamkeen.Data;

namespace ETamkeen.Contents.Display;

/// <summary>Reads and changes the tenant's placement rules; callers validate with <see cref="PlacementParser"/> first.</summary>
public sealed class PlacementsManager(CachedDocuments<PlacementsDocument> documents, ContentOutputCache pages)
    : CachedDocumentStore<PlacementsDocument>(documents, pages)
{
    /// <summary>Replaces the rules of each shape type given, as Orchard's step does; other shape types keep theirs.</summary>
    public Task MergeAsync(IReadOnlyDictionary<string, List<PlacementRule>> rules, CancellationToken cancellationToken = default) =>
        ChangeAsync(document =>
        {
            var merged = new Dictionary<string, List<PlacementRule>>(document.Placements, StringComparer.Ordinal);
            foreach (var (shapeType, list) in rules)
            {
                merged[shapeType] = list;
            }

            document.Placements = merged;
        }, cancellationToken);

    /// <summary>Replaces every rule (the admin editor edits them all at once).</summary>
    public Task ReplaceAsync(Dictionary<string, List<PlacementRule>> rules, CancellationToken cancellationToken = default) =>
        ChangeAsync(document => document.Placements = rules, cancellationToken);
}
