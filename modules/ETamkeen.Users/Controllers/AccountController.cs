using System.Security.Claims;
using ETamkeen.Users.Services;
using ETamkeen.Users.ViewModels;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Users.Controllers;

/// <summary>Sign-in with the tenant's cookie (<c>etk_auth_{tenant}</c>); the host key never signs anyone in here.</summary>
[AutoValidateAntiforgeryToken]
public sealed class AccountController(UserStore users, IStringLocalizer<AccountController> t) : Controller
{
    [HttpGet("/login")]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("/login")]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.CheckAsync(model.UserName!, model.Password!);
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, t["Wrong user name or password."]);
            model.Password = null;
            return View(model);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.UserId),
                new Claim(ClaimTypes.Name, user.UserName),
                new Claim(ClaimTypes.Email, user.Email),
                .. user.Roles.Select(r => new Claim(ClaimTypes.Role, r)),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "~/admin");
    }

    [HttpPost("/logout")]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("~/");
    }
}
