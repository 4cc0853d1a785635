using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace ETamkeen.Security;

/// <summary>
/// Permission checks as policies: <c>perm:{name}</c> for pages (the user's own cookie) and
/// <c>api:{name}</c> for APIs (the host key, a user's API token or their cookie).
/// </summary>
public static class PermissionAuthorization
{
    public const string PagePrefix = "perm:";
    public const string ApiPrefix = "api:";

    /// <summary>Whether the user holds the permission (through a role, or as administrator or system).</summary>
    public static async Task<bool> HasPermissionAsync(this IAuthorizationService authorization, ClaimsPrincipal user, Permission permission, object? resource = null) =>
        (await authorization.AuthorizeAsync(user, resource, [new PermissionRequirement(permission)])).Succeeded;

    /// <summary>Requires the permission on an API endpoint or group.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(ApiPrefix + permission.Name);
}

/// <summary>What a permission policy asks; the kernel's handler answers it from the user's roles.</summary>
public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}

/// <summary>Requires the permission on an admin page (MVC controller or action).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class PermissionAttribute(string permissionName) : AuthorizeAttribute(PermissionAuthorization.PagePrefix + permissionName);
