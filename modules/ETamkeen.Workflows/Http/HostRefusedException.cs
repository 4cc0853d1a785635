namespace ETamkeen.Workflows.Http;

/// <summary>The address checks refused a host: the message says why, and faults the instance.</summary>
public sealed class HostRefusedException(string message) : Exception(message);
