namespace ETamkeen.Security;

/// <summary>Permissions of the kernel that every module may check.</summary>
public static class StandardPermissions
{
    public static readonly Permission AccessAdminPanel = new("AccessAdminPanel", "Access the admin") { Category = "Admin" };

    /// <summary>Run recipes and read exports: as much power as the administrator's.</summary>
    public static readonly Permission ManageTenantData = new("ManageTenantData", "Run recipes on this site and export it", isSecurityCritical: true) { Category = "Admin" };
}
