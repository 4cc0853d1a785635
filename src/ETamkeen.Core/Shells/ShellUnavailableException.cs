namespace ETamkeen.Shells;

/// <summary>A tenant that can't serve now: unknown, or its shell failed to build.</summary>
public sealed class ShellUnavailableException(string tenant, string reason, Exception? inner = null)
    : Exception($"Tenant {tenant}: {reason}", inner)
{
    public string Tenant { get; } = tenant;
    public string Reason { get; } = reason;
}
