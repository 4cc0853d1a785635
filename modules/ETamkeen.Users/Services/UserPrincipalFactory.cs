using System.Security.Claims;
using ETamkeen.Security;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ETamkeen.Users.Services;

/// <summary>What a signed-in user carries: id, name, e-mail, roles, and the stamp that lets a change of rights sign them out.</summary>
public static class UserPrincipalFactory
{
    public const string StampClaim = "etk:stamp";

    public static ClaimsPrincipal Create(User user, string authenticationType = CookieAuthenticationDefaults.AuthenticationScheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.UserId),
                new Claim(ClaimTypes.Name, user.UserName),
                new Claim(ClaimTypes.Email, user.Email),
                new Claim(StampClaim, user.SecurityStamp),
                .. user.Roles.Select(r => new Claim(ClaimTypes.Role, r)),
            ],
            authenticationType));
}
