namespace ETamkeen.Data;

/// <summary>
/// Writes rows of its own inside the transaction that stores documents, so that they are
/// committed, or rolled back, together with them (an indexing log that must never miss a change).
/// Registered scoped; called once per <see cref="IDocumentSession.SaveChangesAsync"/>, after the
/// documents and their index rows are written and before the commit.
/// </summary>
public interface IDocumentCommitParticipant
{
    Task CommittingAsync(DocumentCommitContext context, CancellationToken cancellationToken);
}
