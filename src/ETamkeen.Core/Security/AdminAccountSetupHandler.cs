using ETamkeen.Data;
using ETamkeen.Settings;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Identity;

namespace ETamkeen.Security;

/// <summary>At setup: the administrator account (password hashed, never kept in clear) and the site name.</summary>
public sealed class AdminAccountSetupHandler(IDocumentSession session, ISiteService site) : ITenantSetupHandler
{
    public async Task SetupAsync(TenantSetupRequest request, IReadOnlyDictionary<string, string?> parameters, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(request.SiteName))
        {
            await site.UpdateAsync(s => s.SiteName = request.SiteName.Trim(), cancellationToken);
        }

        var user = new User
        {
            UserId = parameters.GetValueOrDefault("AdminUserId") ?? Recipes.Scripting.OrchardId.New(),
            UserName = request.AdminUserName!.Trim(),
            NormalizedUserName = request.AdminUserName.Trim().ToUpperInvariant(),
            Email = request.AdminEmail!.Trim(),
            NormalizedEmail = request.AdminEmail.Trim().ToUpperInvariant(),
            EmailConfirmed = true,
            Roles = [SystemPrincipal.AdministratorRole],
        };
        user.PasswordHash = new PasswordHasher<User>().HashPassword(user, request.AdminPassword!);
        session.Save(user);
        await session.SaveChangesAsync(cancellationToken);
    }
}
