namespace ETamkeen.Security;

/// <summary>A feature's permissions (its <c>Permissions.cs</c>) and the roles that get them by default.</summary>
public interface IPermissionProvider
{
    Task<IEnumerable<Permission>> GetPermissionsAsync();

    /// <summary>What each standard role receives when the feature is first enabled on a tenant.</summary>
    IEnumerable<PermissionStereotype> GetDefaultStereotypes();
}

public sealed record PermissionStereotype(string RoleName, IReadOnlyList<Permission> Permissions);
