using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ETamkeen.Security;

/// <summary>
/// Builds <c>perm:{name}</c> policies (the user's cookie) and <c>api:{name}</c> policies (host
/// key, API token or cookie) on demand; other names go to the named policies.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, IServiceProvider services) : IAuthorizationPolicyProvider
{
    private static readonly string[] ApiSchemes = [SystemPrincipal.AuthenticationScheme, SystemPrincipal.TokenScheme, CookieAuthenticationDefaults.AuthenticationScheme];
    private readonly DefaultAuthorizationPolicyProvider _named = new(options);
    private readonly ConcurrentDictionary<string, AuthorizationPolicy> _built = new(StringComparer.OrdinalIgnoreCase);

    public async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (_built.TryGetValue(policyName, out var policy))
        {
            return policy;
        }

        string prefix;
        string[] schemes;
        if (policyName.StartsWith(PermissionAuthorization.ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            (prefix, schemes) = (PermissionAuthorization.ApiPrefix, ApiSchemes);
        }
        else if (policyName.StartsWith(PermissionAuthorization.PagePrefix, StringComparison.OrdinalIgnoreCase))
        {
            (prefix, schemes) = (PermissionAuthorization.PagePrefix, [CookieAuthenticationDefaults.AuthenticationScheme]);
        }
        else
        {
            return await _named.GetPolicyAsync(policyName);
        }

        // Permissions are declared by the shell's features; a request scope isn't needed to list them.
        using var scope = services.CreateScope();
        var permission = await scope.ServiceProvider.GetRequiredService<PermissionCatalog>().FindAsync(policyName[prefix.Length..]);
        policy = new AuthorizationPolicyBuilder(schemes).AddRequirements(new PermissionRequirement(permission)).Build();
        return _built.GetOrAdd(policyName, policy);
    }

    public Task<AuthorizationPolicy> GetDefaultPolicyAsync() => _named.GetDefaultPolicyAsync();

    public Task<AuthorizationPolicy?> GetFallbackPolicyAsync() => _named.GetFallbackPolicyAsync();
}
