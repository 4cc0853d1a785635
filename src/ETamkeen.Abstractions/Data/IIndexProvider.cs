namespace ETamkeen.Data;

/// <summary>Maps a document to the rows of one index table, in the same transaction as the document.</summary>
public interface IIndexProvider
{
    Type DocumentType { get; }
    Type IndexType { get; }
    IEnumerable<MapIndex> Map(object document);
}

public abstract class IndexProvider<TDocument, TIndex> : IIndexProvider
    where TDocument : class, IDocument
    where TIndex : MapIndex
{
    public Type DocumentType => typeof(TDocument);
    public Type IndexType => typeof(TIndex);

    public IEnumerable<MapIndex> Map(object document) => Map((TDocument)document);

    protected abstract IEnumerable<TIndex> Map(TDocument document);
}
