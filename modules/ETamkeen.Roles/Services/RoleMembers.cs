using ETamkeen.Data;
using ETamkeen.Security;

namespace ETamkeen.Roles.Services;

/// <summary>
/// The users holding a role, found through <see cref="UserRoleIndex"/> (role names upper-cased).
/// Changes are only queued on the session: the roles document's save writes them in the same
/// transaction, so a role and its members never disagree.
/// </summary>
public sealed class RoleMembers(IDocumentSession session)
{
    private const string ByRole = "i.\"RoleName\" = @role";
    private const int Batch = 500;

    public Task<long> CountAsync(string role, CancellationToken cancellationToken = default) =>
        session.CountAsync<User, UserRoleIndex>(ByRole, new { role = role.ToUpperInvariant() }, cancellationToken);

    /// <summary>Takes the role from its members, giving them <paramref name="replacement"/> instead when set (a rename).</summary>
    public async Task<int> QueueReplaceAsync(string role, string? replacement, CancellationToken cancellationToken = default)
    {
        var members = new List<User>();
        for (var skip = 0; ; skip += Batch)
        {
            var page = await session.QueryAsync<User, UserRoleIndex>(ByRole, new { role = role.ToUpperInvariant() }, skip: skip, take: Batch, cancellationToken: cancellationToken);
            members.AddRange(page);
            if (page.Count < Batch)
            {
                break;
            }
        }

        foreach (var user in members)
        {
            user.Roles.RemoveAll(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
            if (replacement is not null)
            {
                user.Roles.Add(replacement);
            }

            // The stamp stays: a cookie's stale role name grants nothing once the role is gone,
            // and the users feature refreshes role claims without signing anyone out.
            session.Save(user);
        }

        return members.Count;
    }
}
