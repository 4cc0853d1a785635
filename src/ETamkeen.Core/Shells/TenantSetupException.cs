namespace ETamkeen.Shells;

/// <summary>A setup refused or failed; nothing of the tenant was left behind.</summary>
public sealed class TenantSetupException(int statusCode, string message, IDictionary<string, string[]>? errors = null)
    : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public IDictionary<string, string[]> Errors { get; } = errors ?? new Dictionary<string, string[]>();
}
