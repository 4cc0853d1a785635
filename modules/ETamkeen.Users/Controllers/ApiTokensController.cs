using ETamkeen.Security;
using ETamkeen.Users.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Users.Controllers;

/// <summary>A user's own API tokens: create (shown once), list, revoke. A token acts with its owner's permissions.</summary>
[Authorize(Policy = SystemPrincipal.AdminPolicy)]
[AutoValidateAntiforgeryToken]
[Route("admin/account/tokens")]
public sealed class ApiTokensController(UserManager<User> users, TimeProvider clock, IStringLocalizer<ApiTokensController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        await users.GetUserAsync(User) is { } user ? View(user.ApiTokens) : Forbid();

    [HttpPost("create")]
    public async Task<IActionResult> Create(string? name, int? days)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Forbid();
        }

        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            ModelState.AddModelError("name", t["Give the token a name of 1 to 100 characters, to recognise it later."]);
        }
        else if (days is < 0 or > 730)
        {
            ModelState.AddModelError("days", t["A token lasts from 1 to 730 days, or 0 for no end."]);
        }
        else if (user.ApiTokens.Count >= ApiTokenService.MaxTokensPerUser)
        {
            ModelState.AddModelError("name", t["You have {0} tokens already: revoke one first.", ApiTokenService.MaxTokensPerUser]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), user.ApiTokens);
        }

        var now = clock.GetUtcNow();
        var token = ApiTokenService.Issue(user, name!, days is null or 0 ? null : now.AddDays(days.Value), now);
        await users.UpdateAsync(user);
        ViewData["NewToken"] = token;
        return View(nameof(Index), user.ApiTokens);
    }

    [HttpPost("{tokenId}/revoke")]
    public async Task<IActionResult> Revoke(string tokenId)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Forbid();
        }

        if (user.ApiTokens.RemoveAll(x => x.TokenId == tokenId) == 0)
        {
            return NotFound();
        }

        await users.UpdateAsync(user);
        TempData["Notice"] = t["The token was revoked: it no longer opens anything."].Value;
        return RedirectToAction(nameof(Index));
    }
}
