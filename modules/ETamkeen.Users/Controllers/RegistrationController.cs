using ETamkeen.Security;
using ETamkeen.Settings;
using ETamkeen.Users.Services;
using ETamkeen.Users.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Users.Controllers;

/// <summary>
/// Visitors creating their own account, when the site allows it: the account has no role, and
/// signs in only once its e-mail address is confirmed from the link we send (unless the site says otherwise).
/// </summary>
[AutoValidateAntiforgeryToken]
public sealed class RegistrationController(
    UserManager<User> users,
    ISiteService site,
    AccountEmails emails,
    IEnumerable<IUserEventHandler> handlers,
    IStringLocalizer<RegistrationController> t) : Controller
{
    [HttpGet("/register")]
    public async Task<IActionResult> Register() =>
        (await SettingsAsync()).UsersCanRegister ? View(new RegisterViewModel()) : NotFound();

    [HttpPost("/register")]
    [FormsRateLimit]
    public async Task<IActionResult> Register(RegisterViewModel model)
    {
        var settings = await SettingsAsync();
        if (!settings.UsersCanRegister)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var user = new User { UserName = model.UserName!.Trim(), Email = model.Email!.Trim(), EmailConfirmed = !settings.UsersMustValidateEmail };
            var result = await users.CreateAsync(user, model.Password!);
            foreach (var error in result.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(model.Password)
                    : error.Code.Contains("Email", StringComparison.Ordinal) ? nameof(model.Email)
                    : nameof(model.UserName);
                ModelState.AddModelError(field, t[error.Description]);
            }

            if (result.Succeeded)
            {
                foreach (var handler in handlers)
                {
                    await handler.RegisteredAsync(new UserEventContext(user.UserId, user.UserName, user.Email), HttpContext.RequestAborted);
                }

                if (settings.UsersMustValidateEmail)
                {
                    await emails.SendConfirmationAsync(user);
                    return View("RegisterSent");
                }

                TempData["Notice"] = t["Your account is ready. Sign in."].Value;
                return Redirect("~/login");
            }
        }

        model.Password = model.ConfirmPassword = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(model);
    }

    private async Task<RegistrationSettings> SettingsAsync() => RegistrationSettings.From(await site.GetAsync());
}
