using ETamkeen.Data;
using ETamkeen.Security;
using Microsoft.AspNetCore.Identity;

namespace ETamkeen.Users.Services;

/// <summary>
/// ASP.NET Core Identity's store over the tenant's <see cref="User"/> documents: Identity brings
/// password hashing, lockout, security stamps and e-mailed tokens; the tenant database keeps the accounts.
/// </summary>
public sealed class UserDocumentStore(IDocumentSession session) :
    IUserPasswordStore<User>,
    IUserEmailStore<User>,
    IUserRoleStore<User>,
    IUserSecurityStampStore<User>,
    IUserLockoutStore<User>
{
    public async Task<IdentityResult> CreateAsync(User user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(user.UserId))
        {
            user.UserId = Recipes.Scripting.OrchardId.New();
        }

        return await SaveAsync(user, cancellationToken);
    }

    public Task<IdentityResult> UpdateAsync(User user, CancellationToken cancellationToken) => SaveAsync(user, cancellationToken);

    public async Task<IdentityResult> DeleteAsync(User user, CancellationToken cancellationToken)
    {
        session.Delete(user);
        await session.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<User?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        (await session.QueryAsync<User, UserIndex>("i.\"UserId\" = @userId", new { userId }, take: 1, cancellationToken: cancellationToken)).FirstOrDefault();

    public async Task<User?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        (await session.QueryAsync<User, UserIndex>("i.\"NormalizedUserName\" = @key", new { key = normalizedUserName }, take: 1, cancellationToken: cancellationToken)).FirstOrDefault();

    public async Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        (await session.QueryAsync<User, UserIndex>("i.\"NormalizedEmail\" = @key", new { key = normalizedEmail }, take: 1, cancellationToken: cancellationToken)).FirstOrDefault();

    public async Task<IList<User>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken) =>
        [.. await session.QueryAsync<User, UserRoleIndex>("i.\"RoleName\" = @role", new { role = roleName.ToUpperInvariant() }, take: 10_000, cancellationToken: cancellationToken)];

    public Task<string> GetUserIdAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.UserId);

    public Task<string?> GetUserNameAsync(User user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(User user, string? userName, CancellationToken cancellationToken) => Set(() => user.UserName = userName ?? "");

    public Task<string?> GetNormalizedUserNameAsync(User user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedUserName);

    public Task SetNormalizedUserNameAsync(User user, string? normalizedName, CancellationToken cancellationToken) => Set(() => user.NormalizedUserName = normalizedName ?? "");

    public Task SetPasswordHashAsync(User user, string? passwordHash, CancellationToken cancellationToken) => Set(() => user.PasswordHash = passwordHash ?? "");

    public Task<string?> GetPasswordHashAsync(User user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.PasswordHash.Length == 0 ? null : user.PasswordHash);

    public Task<bool> HasPasswordAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash.Length > 0);

    public Task SetEmailAsync(User user, string? email, CancellationToken cancellationToken) => Set(() => user.Email = email ?? "");

    public Task<string?> GetEmailAsync(User user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Email);

    public Task<bool> GetEmailConfirmedAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.EmailConfirmed);

    public Task SetEmailConfirmedAsync(User user, bool confirmed, CancellationToken cancellationToken) => Set(() => user.EmailConfirmed = confirmed);

    public Task<string?> GetNormalizedEmailAsync(User user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedEmail);

    public Task SetNormalizedEmailAsync(User user, string? normalizedEmail, CancellationToken cancellationToken) => Set(() => user.NormalizedEmail = normalizedEmail ?? "");

    public Task AddToRoleAsync(User user, string roleName, CancellationToken cancellationToken) =>
        Set(() =>
        {
            if (!user.Roles.Contains(roleName, StringComparer.OrdinalIgnoreCase))
            {
                user.Roles.Add(roleName);
            }
        });

    public Task RemoveFromRoleAsync(User user, string roleName, CancellationToken cancellationToken) =>
        Set(() => user.Roles.RemoveAll(r => string.Equals(r, roleName, StringComparison.OrdinalIgnoreCase)));

    public Task<IList<string>> GetRolesAsync(User user, CancellationToken cancellationToken) => Task.FromResult<IList<string>>([.. user.Roles]);

    public Task<bool> IsInRoleAsync(User user, string roleName, CancellationToken cancellationToken) =>
        Task.FromResult(user.Roles.Contains(roleName, StringComparer.OrdinalIgnoreCase));

    public Task SetSecurityStampAsync(User user, string stamp, CancellationToken cancellationToken) => Set(() => user.SecurityStamp = stamp);

    public Task<string?> GetSecurityStampAsync(User user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(User user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken) => Set(() => user.LockoutEnd = lockoutEnd);

    public Task<int> IncrementAccessFailedCountAsync(User user, CancellationToken cancellationToken) => Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(User user, CancellationToken cancellationToken) => Set(() => user.AccessFailedCount = 0);

    public Task<int> GetAccessFailedCountAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(User user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnabled);

    public Task SetLockoutEnabledAsync(User user, bool enabled, CancellationToken cancellationToken) => Set(() => user.LockoutEnabled = enabled);

    public void Dispose()
    {
    }

    private async Task<IdentityResult> SaveAsync(User user, CancellationToken cancellationToken)
    {
        try
        {
            session.Save(user);
            await session.SaveChangesAsync(cancellationToken);
            return IdentityResult.Success;
        }
        catch (ConcurrencyException)
        {
            return IdentityResult.Failed(new IdentityErrorDescriber().ConcurrencyFailure());
        }
    }

    // Identity sets properties, then calls UpdateAsync once.
    private static Task Set(Action change)
    {
        change();
        return Task.CompletedTask;
    }
}
