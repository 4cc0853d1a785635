namespace ETamkeen.Trainings.Services;

/// <summary>
/// Queues, inside this node, the seat changes of one session before they reach the database.
/// The database's lock on the session's counter row is what keeps seats right across nodes;
/// this gate only keeps a rush of requests for one session (200 at the opening of a popular
/// training) from each holding a pooled connection while they wait for that lock. Striped so
/// that it needs no cleanup; a tenant's container holds its own.
/// </summary>
public sealed class SessionGate
{
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<IDisposable> EnterAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(sessionId) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
