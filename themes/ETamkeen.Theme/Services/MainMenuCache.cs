using System.Collections.Concurrent;
using ETamkeen.Contents;
using ETamkeen.Contents.Handlers;

namespace ETamkeen.Theme.Services;

/// <summary>
/// The main menu's links per culture and path base, kept for the shell's life and emptied by any
/// content change: the menu is on every page and was a query per page (a quarter of a page's time).
/// </summary>
public sealed class MainMenuCache : ContentChangeHandler
{
    private readonly ConcurrentDictionary<(string Culture, string PathBase), IReadOnlyList<MenuLink>?> _links = new();
    private long _generation;

    public bool TryGet(string culture, string pathBase, out IReadOnlyList<MenuLink>? links) => _links.TryGetValue((culture, pathBase), out links);

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Keeps what was read, unless content changed while it was being read.</summary>
    public void Set(string culture, string pathBase, IReadOnlyList<MenuLink>? links, long readAtGeneration)
    {
        if (readAtGeneration == Generation)
        {
            _links[(culture, pathBase)] = links;
        }
    }

    protected override Task ChangedAsync(ContentItem item)
    {
        Interlocked.Increment(ref _generation);
        _links.Clear();
        return Task.CompletedTask;
    }
}
