using ETamkeen.Security;
using ETamkeen.Users.Services;
using ETamkeen.Users.ViewModels;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Users.Controllers;

/// <summary>
/// Sign-in with the tenant's cookie (<c>etk_auth_{tenant}</c>), lockout after repeated failures,
/// and password reset by e-mail. The host key never signs anyone in here.
/// </summary>
[AutoValidateAntiforgeryToken]
public sealed class AccountController(
    UserManager<User> users,
    SignInManager<User> signIn,
    AccountEmails emails,
    TimeProvider clock,
    IStringLocalizer<AccountController> t) : Controller
{
    [HttpGet("/login")]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("/login")]
    [FormsRateLimit]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return Invalid(model);
        }

        var key = model.UserName!.Trim();
        var user = await users.FindByNameAsync(key) ?? (key.Contains('@') ? await users.FindByEmailAsync(key) : null);
        if (user is null)
        {
            // Same work either way, so timing doesn't tell which names exist.
            users.PasswordHasher.VerifyHashedPassword(new User(), DummyHash, model.Password!);
            return Invalid(model, t["Wrong user name or password."]);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, model.Password!, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Invalid(model, t["This account is locked after too many failed attempts. Try again later, or reset your password."]);
        }

        if (!result.Succeeded)
        {
            return Invalid(model, t["Wrong user name or password."]);
        }

        if (!user.IsEnabled)
        {
            return Invalid(model, t["This account is disabled. Ask the site's administrator."]);
        }

        if (!user.EmailConfirmed)
        {
            return Invalid(model, t["Confirm your e-mail address first: open the link we sent you."]);
        }

        user.LastLoginUtc = clock.GetUtcNow();
        await users.UpdateAsync(user);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserPrincipalFactory.Create(user));
        return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "~/admin");
    }

    [HttpPost("/logout")]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("~/");
    }

    [HttpGet("/forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordViewModel());

    [HttpPost("/forgot-password")]
    [FormsRateLimit]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        // The answer is the same whether or not the address has an account.
        if (await users.FindByEmailAsync(model.Email!.Trim()) is { IsEnabled: true } user)
        {
            await emails.SendPasswordResetAsync(user);
        }

        return View("ForgotPasswordSent");
    }

    [HttpGet("/reset-password")]
    public IActionResult ResetPassword(string? user, string? code) => View(new ResetPasswordViewModel { User = user, Code = code });

    [HttpPost("/reset-password")]
    [FormsRateLimit]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel model)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        var user = string.IsNullOrEmpty(model.User) ? null : await users.FindByIdAsync(model.User);
        var result = user is null
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, model.Code ?? "", model.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.InvalidToken) ? string.Empty : nameof(model.Password), Describe(error));
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        // A reset also lifts a lockout: proving the mailbox is proof enough.
        await users.SetLockoutEndDateAsync(user!, null);
        await users.ResetAccessFailedCountAsync(user!);
        TempData["Notice"] = t["Your password was changed. Sign in with it."].Value;
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("/confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? user, string? code)
    {
        var account = string.IsNullOrEmpty(user) ? null : await users.FindByIdAsync(user);
        var confirmed = account is not null && (await users.ConfirmEmailAsync(account, code ?? "")).Succeeded;
        if (!confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View("ConfirmEmail", confirmed);
    }

    /// <summary>Identity's messages in the user's language.</summary>
    private string Describe(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.InvalidToken) => t["This link is no longer valid: it was already used or it expired. Ask for a new one."],
        nameof(IdentityErrorDescriber.PasswordTooShort) => t["The password needs at least {0} characters.", users.Options.Password.RequiredLength],
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => t["The password needs at least one digit."],
        _ => t[error.Description],
    };

    private ViewResult Invalid(LoginViewModel model, string? message = null)
    {
        if (message is not null)
        {
            ModelState.AddModelError(string.Empty, message);
        }

        model.Password = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(model);
    }

    private static readonly string DummyHash = new PasswordHasher<User>().HashPassword(new User(), "not-a-password-" + Guid.NewGuid());
}
