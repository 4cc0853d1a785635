using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace ETamkeen.Workflows.Http;

/// <summary>What an <c>HttpRequestEvent</c> address carries: the activity, and the instance or correlation id it resumes.</summary>
public sealed record InvocationToken(string TypeId, string ActivityId, string? WorkflowId = null, string? CorrelationId = null);

/// <summary>What a user task's e-mail link carries: the waiting activity of one instance, and the action it takes.</summary>
public sealed record UserTaskLinkToken(string WorkflowId, string ActivityId, string Action);

/// <summary>
/// Signs the tokens of workflow links with the tenant's data protection keys (each tenant has
/// its own key ring, so one tenant's link means nothing to another), with an expiry. A token that
/// was changed, has expired or was made for the other purpose doesn't read.
/// </summary>
public sealed class WorkflowLinkProtector(IDataProtectionProvider provider)
{
    private readonly ITimeLimitedDataProtector _invocations = provider.CreateProtector("ETamkeen.Workflows.HttpRequestEvent.v1").ToTimeLimitedDataProtector();
    private readonly ITimeLimitedDataProtector _userTasks = provider.CreateProtector("ETamkeen.Workflows.UserTaskLink.v1").ToTimeLimitedDataProtector();

    // Expiry is checked by data protection against the machine's clock, not the tenant's TimeProvider.

    /// <param name="lifeSpan">Null: the address works as long as the tenant's keys do.</param>
    public (string Token, DateTimeOffset? ExpiresUtc) Protect(InvocationToken token, TimeSpan? lifeSpan)
    {
        DateTimeOffset? expires = lifeSpan is { } span ? DateTimeOffset.UtcNow + span : null;
        return (_invocations.Protect(JsonSerializer.Serialize(token), expires ?? DateTimeOffset.MaxValue), expires);
    }

    public string Protect(UserTaskLinkToken token, TimeSpan lifeSpan) =>
        _userTasks.Protect(JsonSerializer.Serialize(token), DateTimeOffset.UtcNow + lifeSpan);

    public InvocationToken? ReadInvocation(string? token) => Read<InvocationToken>(_invocations, token);

    public UserTaskLinkToken? ReadUserTask(string? token) => Read<UserTaskLinkToken>(_userTasks, token);

    private static T? Read<T>(ITimeLimitedDataProtector protector, string? token)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4096)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(protector.Unprotect(token, out _));
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }
}
