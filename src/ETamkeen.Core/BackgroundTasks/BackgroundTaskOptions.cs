namespace ETamkeen.BackgroundTasks;

/// <summary><c>ETamkeen:BackgroundTasks</c> in configuration.</summary>
public sealed class BackgroundTaskOptions
{
    /// <summary>Time between two runs of a tenant's tasks; zero stops the scheduler.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);
}
