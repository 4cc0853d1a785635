namespace ETamkeen.Workflows.Activities;

/// <summary>
/// Orchard's <c>UserRegisteredEvent</c>: someone created their own account. The input carries
/// <c>User {UserId, UserName, Email}</c>; the correlation id is the user's id.
/// </summary>
public sealed class UserRegisteredEvent : EventActivity
{
    public override string Name => "UserRegisteredEvent";
    public override string Category => "User";
}
