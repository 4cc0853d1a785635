using System.Collections.Concurrent;

namespace ETamkeen.Contents.Handlers;

/// <summary>
/// A bounded per-shell cache of what published content answers (pages at a path, links between
/// translations), emptied by any content event. Readers take <see cref="Generation"/> before
/// querying and hand it back to <see cref="TryAdd"/>, so that a read that raced a change never
/// puts the old answer back.
/// </summary>
public abstract class ContentChangeCache<TValue> : ContentChangeHandler
    where TValue : class
{
    private readonly ConcurrentDictionary<string, TValue> _entries = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private long _generation;

    /// <param name="capacity">Keys kept at most: public URLs let anyone make up keys.</param>
    protected ContentChangeCache(int capacity) => _capacity = capacity;

    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(string key, out TValue value) => _entries.TryGetValue(key, out value!);

    /// <summary>Keeps a value read at <paramref name="generation"/> unless content changed since.</summary>
    public void TryAdd(string key, TValue value, long generation)
    {
        if (!ShouldKeep(value) || _entries.Count >= _capacity)
        {
            return;
        }

        _entries[key] = value;

        // Checked after the write too: a change between the check and the write must win.
        if (Generation != generation)
        {
            _entries.TryRemove(new KeyValuePair<string, TValue>(key, value));
        }
    }

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    /// <summary>Empty answers cost nothing to keep out and a slot to keep in.</summary>
    protected virtual bool ShouldKeep(TValue value) => true;

    protected override Task ChangedAsync(ContentItem item)
    {
        Clear();
        return Task.CompletedTask;
    }
}
