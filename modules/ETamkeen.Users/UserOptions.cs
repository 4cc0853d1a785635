namespace ETamkeen.Users;

/// <summary>Host-wide sign-in rules (<c>ETamkeen:Users</c>), the same for every tenant of the platform.</summary>
public sealed class UserOptions
{
    public const string Section = "ETamkeen:Users";

    /// <summary>Failed sign-ins before the account is locked.</summary>
    public int MaxFailedAccessAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public int PasswordMinLength { get; set; } = Security.AdminPasswordPolicy.MinimumLength;

    /// <summary>How often a sign-in cookie is checked against the account (disabled, new password, roles).</summary>
    public TimeSpan RevalidateAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an e-mailed reset or confirmation link works.</summary>
    public TimeSpan EmailLinkLifetime { get; set; } = TimeSpan.FromHours(24);
}
