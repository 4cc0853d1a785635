using System.Data.Common;

namespace ETamkeen.Data;

/// <summary>What a <see cref="IDocumentCommitParticipant"/> sees: the open transaction and the documents in it.</summary>
public sealed class DocumentCommitContext
{
    public required DbConnection Connection { get; init; }
    public required DbTransaction Transaction { get; init; }
    public required ISqlDialect Dialect { get; init; }

    /// <summary>Documents inserted or updated, with their ids set.</summary>
    public required IReadOnlyList<IDocument> Saved { get; init; }

    /// <summary>Documents deleted (their ids are still set).</summary>
    public required IReadOnlyList<IDocument> Deleted { get; init; }
}
