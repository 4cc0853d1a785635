using ETamkeen.Data;
using ETamkeen.Security;
using ETamkeen.Security.Roles;

namespace ETamkeen.Users.Services;

/// <summary>The queries and guards of the users admin: search, roles offered, and "never lock out the last administrator".</summary>
public sealed class UserAdminService(IDocumentSession session, RoleStore roles)
{
    public async Task<(IReadOnlyList<User> Users, long Total)> SearchAsync(string? query, string? role, int skip, int take)
    {
        var where = new List<string>();
        if (!string.IsNullOrWhiteSpace(query))
        {
            where.Add("(i.\"NormalizedUserName\" LIKE @q OR i.\"NormalizedEmail\" LIKE @q)");
        }

        if (!string.IsNullOrWhiteSpace(role))
        {
            where.Add("EXISTS (SELECT 1 FROM \"UserRoleIndex\" r WHERE r.\"DocumentId\" = d.\"Id\" AND r.\"RoleName\" = @role)");
        }

        var sql = where.Count == 0 ? null : string.Join(" AND ", where);
        var parameters = new { q = "%" + (query ?? "").Trim().ToUpperInvariant() + "%", role = role?.ToUpperInvariant() };
        var users = await session.QueryAsync<User, UserIndex>(sql, parameters, "i.\"NormalizedUserName\"", skip, take);
        var total = await session.CountAsync<User, UserIndex>(sql, parameters);
        return (users, total);
    }

    /// <summary>Roles a user can hold: every role but the implicit Authenticated and Anonymous.</summary>
    public async Task<IReadOnlyList<string>> AssignableRolesAsync() =>
        [.. (await roles.GetAsync()).Roles.Select(r => r.RoleName).Where(r => !RoleNames.IsImplicit(r)).Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Whether some other enabled account keeps the Administrator role.</summary>
    public async Task<bool> AnotherAdministratorAsync(string userId)
    {
        var admins = await session.QueryAsync<User, UserRoleIndex>("i.\"RoleName\" = @role", new { role = RoleNames.Administrator.ToUpperInvariant() }, take: 1000);
        return admins.Any(u => u.UserId != userId && u.IsEnabled);
    }
}
