using ETamkeen.Data;

namespace ETamkeen.Security.Roles;

/// <summary>The tenant's roles and their permissions, one document (a few dozen roles at most).</summary>
[DocumentType("Roles")]
public sealed class RolesDocument : IDocument
{
    public long Id { get; set; }
    public int Version { get; set; }
    public List<Role> Roles { get; set; } = [];

    /// <summary>Features whose default permissions were given to the standard roles (once each, so an admin's removal sticks).</summary>
    public List<string> StereotypedFeatures { get; set; } = [];

    public Role? Find(string name) => Roles.Find(r => string.Equals(r.RoleName, name, StringComparison.OrdinalIgnoreCase));
}

public sealed class Role
{
    public string RoleName { get; set; } = "";
    public string RoleDescription { get; set; } = "";
    public List<string> Permissions { get; set; } = [];
}
