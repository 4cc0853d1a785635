namespace ETamkeen.Security;

/// <summary>Who an account event is about.</summary>
public sealed record UserEventContext(string UserId, string UserName, string? Email);

/// <summary>
/// What other features do when someone creates their own account (a welcome workflow, a
/// notification to the focal point). Registered scoped by those features; the users module calls
/// each after the account is stored.
/// </summary>
public interface IUserEventHandler
{
    Task RegisteredAsync(UserEventContext user, CancellationToken cancellationToken);
}
