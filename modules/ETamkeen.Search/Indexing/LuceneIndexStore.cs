using System.Collections.Concurrent;
using System.Globalization;
using ETamkeen.Search.Analysis;
using ETamkeen.Search.Models;
using ETamkeen.Shells;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ETamkeen.Search.Indexing;

/// <summary>
/// The tenant's Lucene folders, <c>App_Data/Sites/{tenant}/Lucene/{index}</c>, opened with
/// <see cref="NIOFSDirectory"/> (memory-mapping is much slower here). Writes hold a lock per
/// folder for the whole process, since a shell being replaced and its successor may both write;
/// each write commits the position of the log it reached in the commit itself, so the index and
/// its position can never disagree after a crash. Readers are shared and reopened when changed.
/// </summary>
public sealed class LuceneIndexStore : IDisposable
{
    private const string LastTaskKey = "LastTaskId";
    private const string StampKey = "LastTaskStamp";
    private const string SettingsKey = "Settings";
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteLocks = new(StringComparer.Ordinal);

    private readonly System.Threading.Lock _gate = new();
    private readonly Dictionary<string, DirectoryReader> _readers = new(StringComparer.Ordinal);

    public LuceneIndexStore(AppDataPaths paths, ShellSettings shell)
        : this(Path.Combine(paths.Site(shell.Name), "Lucene"))
    {
    }

    public LuceneIndexStore(string root) => Root = root;

    public string Root { get; }

    public string PathOf(string index) => Path.Combine(Root, index);

    public bool Exists(string index)
    {
        var path = PathOf(index);
        if (!System.IO.Directory.Exists(path))
        {
            return false;
        }

        using var directory = new NIOFSDirectory(path);
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>
    /// Runs <paramref name="write"/> with the index's writer and the log position it was at; the
    /// position it returns is committed with the changes. A missing index is created empty at the start.
    /// </summary>
    public async Task WriteAsync(string index, LuceneIndexSettings settings, Func<IndexWriter, IndexPosition, Task<IndexPosition>> write, bool create = false, CancellationToken cancellationToken = default)
    {
        var path = PathOf(index);
        var gate = WriteLocks.GetOrAdd(Path.GetFullPath(path), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            System.IO.Directory.CreateDirectory(path);
            using var directory = new NIOFSDirectory(path);
            var exists = DirectoryReader.IndexExists(directory);

            // A new index reuses segment names: a reader reopened over it would mix in old segments.
            if (create || !exists)
            {
                Forget(index);
            }

            var last = exists && !create ? Position(DirectoryReader.ListCommits(directory)[^1].UserData) : IndexPosition.Start;
            using var analyzer = SearchAnalyzers.Create(settings.AnalyzerName);
            var config = new IndexWriterConfig(PortalAnalyzer.Version, analyzer)
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            };
            using var writer = new IndexWriter(directory, config);
            var reached = await write(writer, last);
            writer.SetCommitData(new Dictionary<string, string>
            {
                [LastTaskKey] = reached.TaskId.ToString(CultureInfo.InvariantCulture),
                [StampKey] = reached.Stamp,
                [SettingsKey] = settings.Fingerprint(),
            });
            writer.Commit();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The log position the index has applied, or null when there is no index.</summary>
    public IndexPosition? Position(string index) => CommitData(index) is { } data ? Position(data) : null;

    /// <summary>The <see cref="LuceneIndexSettings.Fingerprint"/> of the settings the index was written with.</summary>
    public string? SettingsFingerprint(string index) => CommitData(index) is { } data && data.TryGetValue(SettingsKey, out var value) ? value : null;

    /// <summary>A reader of the index's last commit, or null when there is none; dispose the lease after use.</summary>
    public ReaderLease? Acquire(string index)
    {
        lock (_gate)
        {
            if (_readers.TryGetValue(index, out var reader))
            {
                var newer = DirectoryReader.OpenIfChanged(reader);
                if (newer is not null)
                {
                    reader.DecRef();
                    reader = newer;
                    _readers[index] = reader;
                }
            }
            else
            {
                if (!Exists(index))
                {
                    return null;
                }

                reader = DirectoryReader.Open(new NIOFSDirectory(PathOf(index)));
                _readers[index] = reader;
            }

            reader.IncRef();
            return new ReaderLease(reader);
        }
    }

    /// <summary>Deletes the index folder; the next write starts it again from the beginning of the log.</summary>
    public async Task DeleteAsync(string index, CancellationToken cancellationToken = default)
    {
        var path = PathOf(index);
        var gate = WriteLocks.GetOrAdd(Path.GetFullPath(path), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            Forget(index);
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var reader in _readers.Values)
            {
                reader.DecRef();
            }

            _readers.Clear();
        }
    }

    private void Forget(string index)
    {
        lock (_gate)
        {
            if (_readers.Remove(index, out var reader))
            {
                reader.DecRef();
            }
        }
    }

    private IDictionary<string, string>? CommitData(string index)
    {
        var path = PathOf(index);
        if (!System.IO.Directory.Exists(path))
        {
            return null;
        }

        using var directory = new NIOFSDirectory(path);
        return DirectoryReader.IndexExists(directory) ? DirectoryReader.ListCommits(directory)[^1].UserData : null;
    }

    private static IndexPosition Position(IDictionary<string, string> data) =>
        data.TryGetValue(LastTaskKey, out var value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new IndexPosition(id, data.TryGetValue(StampKey, out var stamp) ? stamp : "")
            : IndexPosition.Start;
}
