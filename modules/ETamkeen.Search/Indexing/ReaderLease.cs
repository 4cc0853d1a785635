using Lucene.Net.Index;

namespace ETamkeen.Search.Indexing;

/// <summary>A reference on a shared reader, given back on dispose.</summary>
public sealed class ReaderLease(DirectoryReader reader) : IDisposable
{
    public DirectoryReader Reader { get; } = reader;

    public void Dispose() => Reader.DecRef();
}
