namespace ETamkeen.Security;

/// <summary>
/// The host key's identity: MTNRA automation, backups and tests act on every tenant's APIs
/// with it. It never signs anyone in to a page.
/// </summary>
public static class SystemPrincipal
{
    public const string AuthenticationScheme = "HostKey";
    public const string ApiPolicy = "Api";

    /// <summary>The admin pages: a signed-in administrator (permissions per feature come with the roles module).</summary>
    public const string AdminPolicy = "Admin";
    public const string AdministratorRole = "Administrator";
    public const string SystemClaim = "etk:system";
}
