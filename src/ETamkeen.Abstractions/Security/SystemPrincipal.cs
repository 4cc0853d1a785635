namespace ETamkeen.Security;

/// <summary>
/// The host key's identity: MTNRA automation, backups and tests act on every tenant's APIs
/// with it. It never signs anyone in to a page.
/// </summary>
public static class SystemPrincipal
{
    public const string AuthenticationScheme = "HostKey";
    /// <summary>Any authenticated API caller: host key, user token or cookie.</summary>
    public const string ApiPolicy = "Api";

    /// <summary>The admin pages: a signed-in user holding <see cref="StandardPermissions.AccessAdminPanel"/>.</summary>
    public const string AdminPolicy = "perm:AccessAdminPanel";
    public const string AdministratorRole = "Administrator";
    public const string SystemClaim = "etk:system";

    /// <summary>A user's personal API token (<c>Authorization: Bearer etk_...</c>), when the users feature validates them.</summary>
    public const string TokenScheme = "UserToken";
}
