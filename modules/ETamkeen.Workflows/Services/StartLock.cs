namespace ETamkeen.Workflows.Services;

/// <summary>
/// What a start must hold alone while its instance runs: the whole type for a singleton, or one
/// correlation id for an exclusive start. <see cref="CorrelationId"/> narrows the check for running
/// instances that hold no lock (started before locks existed, or without asking for one).
/// </summary>
public sealed record StartLock(string Key, string? CorrelationId)
{
    public static StartLock Singleton { get; } = new("*", null);

    public static StartLock Exclusive(string correlationId) => new("c:" + correlationId, correlationId);
}
