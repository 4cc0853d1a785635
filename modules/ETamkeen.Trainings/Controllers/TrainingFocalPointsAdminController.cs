using System.Globalization;
using ETamkeen.Security;
using ETamkeen.Trainings.Services;
using ETamkeen.Trainings.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.Controllers;

/// <summary>Coordinators name the focal points of each administration: the users who register and approve its staff.</summary>
[Permission("ManageTrainings")]
[AutoValidateAntiforgeryToken]
[Route("admin/trainings/focal-points")]
public sealed class TrainingFocalPointsAdminController(
    FocalPointStore store,
    TrainingExportContext context,
    UserManager<User> users,
    IStringLocalizer<TrainingFocalPointsAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await ModelAsync(null, null, null));

    [HttpPost("")]
    public async Task<IActionResult> Add(string? userName, string? administrationId)
    {
        var names = await context.AdministrationsAsync();
        string? error = null;
        var user = string.IsNullOrWhiteSpace(userName) || userName.Length > 255 ? null : await users.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            error = t["There is no user named «{0}».", userName?.Trim() ?? ""];
        }
        else if (administrationId is null || !names.ContainsKey(administrationId))
        {
            error = t["Choose one of the programme's administrations."];
        }

        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await ModelAsync(userName, administrationId, error));
        }

        await store.AddAsync(user!.UserName, administrationId!);
        TempData["Notice"] = t["{0} is now a focal point of {1}.", user.UserName, names[administrationId!].Name].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Remove(string? userName, string? administrationId)
    {
        var removed = userName is not null && administrationId is not null && await store.RemoveAsync(userName, administrationId);
        TempData[removed ? "Notice" : "Error"] = removed
            ? t["{0} is no longer a focal point of this administration.", userName!].Value
            : t["This focal point was already removed."].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<FocalPointsAdminViewModel> ModelAsync(string? userName, string? administrationId, string? error)
    {
        var names = await context.AdministrationsAsync();
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return new FocalPointsAdminViewModel
        {
            FocalPoints = [.. (await store.ListAsync()).Select(f => (f.UserName, f.AdministrationId,
                names.TryGetValue(f.AdministrationId, out var a) ? a.In(culture) : f.AdministrationId))],
            Administrations = [.. names.Values],
            UserName = userName,
            AdministrationId = administrationId,
            Error = error,
        };
    }
}
