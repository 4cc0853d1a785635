namespace ETamkeen.BackgroundTasks;

/// <summary>
/// Work a feature wants done periodically in each running tenant (indexing catch-up, workflow
/// timers). Registered scoped in the tenant's services: the scheduler runs every tenant's tasks
/// one after the other in a fresh scope of its current shell, every few seconds, and only in
/// shells already built: a tenant nobody visits stays asleep.
/// </summary>
public interface IBackgroundTask
{
    /// <summary>For the log when it fails.</summary>
    string Name { get; }

    Task ExecuteAsync(CancellationToken cancellationToken);
}
