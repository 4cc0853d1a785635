using System.Security.Claims;
using ETamkeen.Security.Roles;
using Microsoft.AspNetCore.Authorization;

namespace ETamkeen.Security;

/// <summary>
/// Grants a permission when one of the user's roles holds it or a permission implying it. The
/// system principal and administrators hold every permission; a signed-in user also has the
/// Authenticated role's, a visitor the Anonymous role's.
/// </summary>
public sealed class PermissionHandler(RoleStore roles) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var user = context.User;
        if (user.HasClaim(SystemPrincipal.SystemClaim, "true") || user.IsInRole(RoleNames.Administrator))
        {
            context.Succeed(requirement);
            return;
        }

        var granted = await roles.PermissionsOfAsync(RolesOf(user));
        if (requirement.Permission.GrantingNames().Any(granted.Contains))
        {
            context.Succeed(requirement);
        }
    }

    public static IEnumerable<string> RolesOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? user.FindAll(ClaimTypes.Role).Select(c => c.Value).Append(RoleNames.Authenticated)
            : [RoleNames.Anonymous];
}
