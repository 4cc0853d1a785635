namespace ETamkeen.Contents;

/// <summary>Creates, versions, publishes and removes content items of the current tenant.</summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of a defined type, with its parts' defaults.</summary>
    Task<ContentItem> NewAsync(string contentType);

    /// <summary>Saves a new item as a draft, or published when <paramref name="publish"/>.</summary>
    Task<ContentResult> CreateAsync(ContentItem item, bool publish);

    /// <summary>Saves changes to the latest version (a new draft version when the type is versionable and the latest is published).</summary>
    Task<ContentResult> UpdateAsync(ContentItem item, bool publish);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId);

    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId);

    Task<ContentResult> PublishAsync(ContentItem item);

    Task UnpublishAsync(ContentItem item);

    /// <summary>Deletes every version.</summary>
    Task RemoveAsync(ContentItem item);

    /// <summary>A new item (new id) with the same content, as a draft.</summary>
    Task<ContentResult> CloneAsync(ContentItem item);

    /// <summary>Makes an older version the new latest (a draft, or published when asked).</summary>
    Task<ContentResult> RestoreAsync(string contentItemVersionId, bool publish);

    /// <summary>Stores an item as given (recipes, deployment): keeps its ids and flags.</summary>
    Task<ContentResult> ImportAsync(ContentItem item);
}

/// <summary>What a save gave: the stored item, or why it wasn't stored, by field.</summary>
public sealed class ContentResult
{
    public ContentItem? Item { get; init; }
    public IDictionary<string, string[]> Errors { get; } = new Dictionary<string, string[]>();
    public bool Succeeded => Errors.Count == 0;

    public void Add(string key, string message)
    {
        Errors[key] = Errors.TryGetValue(key, out var existing) ? [.. existing, message] : [message];
    }
}
