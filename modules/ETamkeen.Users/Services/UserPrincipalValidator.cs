using System.Security.Claims;
using ETamkeen.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Users.Services;

/// <summary>
/// Re-reads the account behind a sign-in cookie at most every <see cref="UserOptions.RevalidateAfter"/>
/// (a minute): a disabled user, a new password or changed roles end the old cookie's rights then.
/// </summary>
public static class UserPrincipalValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var interval = context.HttpContext.RequestServices.GetRequiredService<UserOptions>().RevalidateAfter;
        var issued = context.Properties.IssuedUtc;
        if (issued is not null && DateTimeOffset.UtcNow - issued.Value < interval)
        {
            return;
        }

        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<User>>();
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = id is null ? null : await users.FindByIdAsync(id);
        if (user is null || !user.IsEnabled || await users.IsLockedOutAsync(user)
            || user.SecurityStamp != context.Principal!.FindFirstValue(UserPrincipalFactory.StampClaim))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        // Roles may have changed without a new stamp: carry the current ones.
        context.ReplacePrincipal(UserPrincipalFactory.Create(user));
        context.ShouldRenew = true;
    }
}
