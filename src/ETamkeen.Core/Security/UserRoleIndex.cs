using ETamkeen.Data;

namespace ETamkeen.Security;

/// <summary>One row per role a user holds: the users list filters by role and the roles page counts members.</summary>
public sealed class UserRoleIndex : MapIndex
{
    public string RoleName { get; set; } = "";
}

public sealed class UserRoleIndexProvider : IndexProvider<User, UserRoleIndex>
{
    protected override IEnumerable<UserRoleIndex> Map(User user) =>
        user.Roles.Select(r => new UserRoleIndex { RoleName = r.ToUpperInvariant() });
}
