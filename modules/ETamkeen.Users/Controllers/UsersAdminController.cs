using ETamkeen.AuditTrail;
using ETamkeen.Security;
using ETamkeen.Users.Services;
using ETamkeen.Users.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Users.Controllers;

/// <summary>
/// The users admin: list and search, create (with a password, or an e-mailed link to choose one),
/// edit e-mail, roles and state, unlock, delete. Any change of rights renews the user's security
/// stamp, so their open sessions lose the old rights within a minute.
/// </summary>
[Permission("ManageUsers")]
[AutoValidateAntiforgeryToken]
[Route("admin/users")]
public sealed class UsersAdminController(
    UserManager<User> users,
    UserAdminService admin,
    AccountEmails emails,
    IEnumerable<IAuditTrail> audit,
    IStringLocalizer<UsersAdminController> t) : Controller
{
    private const int PageSize = 30;

    [HttpGet("")]
    public async Task<IActionResult> List(string? q, string? role, int page = 1)
    {
        page = Math.Clamp(page, 1, 100_000);
        var (found, total) = await admin.SearchAsync(q, role, (page - 1) * PageSize, PageSize);
        return View(new UserListViewModel { Users = found, Total = total, Page = page, PageSize = PageSize, Query = q, Role = role, Roles = await admin.AssignableRolesAsync() });
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() => View("Edit", new UserEditViewModel { AvailableRoles = await admin.AssignableRolesAsync() });

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserEditViewModel model)
    {
        model.UserId = null;
        var available = await admin.AssignableRolesAsync();
        CheckRoles(model, available);
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(model);
        }

        var user = new User { UserName = model.UserName!.Trim(), Email = model.Email!.Trim(), EmailConfirmed = true, IsEnabled = model.IsEnabled, Roles = [.. model.Roles.Distinct(StringComparer.OrdinalIgnoreCase)] };
        var result = string.IsNullOrEmpty(model.Password) ? await users.CreateAsync(user) : await users.CreateAsync(user, model.Password);
        if (!AddErrors(result))
        {
            return await InvalidAsync(model);
        }

        await audit.RecordAsync(Event("Created", user));

        // Without a password the user chooses one from the e-mailed link.
        if (string.IsNullOrEmpty(model.Password))
        {
            var sent = await emails.SendPasswordResetAsync(user);
            TempData["Notice"] = sent.Succeeded
                ? t["User {0} created; we e-mailed them a link to choose their password.", user.UserName].Value
                : t["User {0} created, but the e-mail with their link could not be sent: {1}", user.UserName, sent.Error ?? ""].Value;
        }
        else
        {
            TempData["Notice"] = t["User {0} created.", user.UserName].Value;
        }

        return RedirectToAction(nameof(List));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        return View(new UserEditViewModel
        {
            UserId = user.UserId,
            UserName = user.UserName,
            Email = user.Email,
            IsEnabled = user.IsEnabled,
            Roles = user.Roles,
            AvailableRoles = await admin.AssignableRolesAsync(),
            IsLockedOut = await users.IsLockedOutAsync(user),
        });
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, UserEditViewModel model)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        model.UserId = id;
        CheckRoles(model, await admin.AssignableRolesAsync());
        var losesAdministration = user.Roles.Contains(RoleNames.Administrator, StringComparer.OrdinalIgnoreCase)
            && (!model.IsEnabled || !model.Roles.Contains(RoleNames.Administrator, StringComparer.OrdinalIgnoreCase));
        if (losesAdministration && !await admin.AnotherAdministratorAsync(id))
        {
            ModelState.AddModelError(nameof(model.Roles), t["This is the last enabled administrator: the site would have nobody to administer it."]);
        }

        if (!ModelState.IsValid)
        {
            return await InvalidAsync(model, user);
        }

        user.UserName = model.UserName!.Trim();
        user.Email = model.Email!.Trim();
        user.IsEnabled = model.IsEnabled;
        user.Roles = [.. model.Roles.Distinct(StringComparer.OrdinalIgnoreCase)];
        if (model.Unlock)
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
        }

        await users.UpdateNormalizedUserNameAsync(user);
        await users.UpdateNormalizedEmailAsync(user);
        await users.UpdateSecurityStampAsync(user);
        var result = await users.UpdateAsync(user);
        if (AddErrors(result) && !string.IsNullOrEmpty(model.Password))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            AddErrors(await users.ResetPasswordAsync(user, token, model.Password));
        }

        if (!ModelState.IsValid)
        {
            return await InvalidAsync(model, user);
        }

        await audit.RecordAsync(Event("Updated", user));
        TempData["Notice"] = t["User {0} saved.", user.UserName].Value;
        return RedirectToAction(nameof(List));
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (user.Roles.Contains(RoleNames.Administrator, StringComparer.OrdinalIgnoreCase) && !await admin.AnotherAdministratorAsync(id))
        {
            TempData["Notice"] = t["User {0} is the last enabled administrator and was not deleted.", user.UserName].Value;
            return RedirectToAction(nameof(List));
        }

        await users.DeleteAsync(user);
        await audit.RecordAsync(Event("Deleted", user));
        TempData["Notice"] = t["User {0} deleted.", user.UserName].Value;
        return RedirectToAction(nameof(List));
    }

    private static AuditEvent Event(string action, User user) => new(AuditCategories.User, action, user.UserId)
    {
        SubjectDisplay = user.UserName,
        Details = AuditEvent.Json(new { user.Email, user.IsEnabled, Roles = string.Join(", ", user.Roles) }),
    };

    private void CheckRoles(UserEditViewModel model, IReadOnlyList<string> available)
    {
        foreach (var role in model.Roles.Where(r => !available.Contains(r, StringComparer.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(model.Roles), t["There is no role named {0}.", role]);
        }
    }

    private bool AddErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => nameof(UserEditViewModel.UserName),
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail) => nameof(UserEditViewModel.Email),
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(UserEditViewModel.Password),
                _ => string.Empty,
            };
            ModelState.AddModelError(field, t[error.Description]);
        }

        return result.Succeeded;
    }

    private async Task<IActionResult> InvalidAsync(UserEditViewModel model, User? user = null)
    {
        model.Password = null;
        model.AvailableRoles = await admin.AssignableRolesAsync();
        model.IsLockedOut = user is not null && await users.IsLockedOutAsync(user);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", model);
    }
}
