using ETamkeen.Security;
using ETamkeen.Shells;
using ETamkeen.Tenants.Models;
using ETamkeen.Tenants.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Tenants.Controllers;

/// <summary>
/// MTNRA's list of ministry tenants, with their state, and the switches on each: disable, enable,
/// remove. The list reads the host's settings only: thousands of tenants, none of them built.
/// </summary>
[Permission("ManageTenants")]
[AutoValidateAntiforgeryToken]
[Route("admin/tenants")]
public sealed class TenantsAdminController(ShellHost host, TenantOperations tenants, IStringLocalizer<TenantsAdminController> t) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public IActionResult List(string? q, int page = 1) => View(ListModel(q, page, error: null));

    [HttpPost("{name}/disable")]
    public Task<IActionResult> Disable(string name) => SetEnabledAsync(name, enabled: false);

    [HttpPost("{name}/enable")]
    public Task<IActionResult> Enable(string name) => SetEnabledAsync(name, enabled: true);

    [HttpGet("{name}/remove")]
    public IActionResult Remove(string name)
    {
        if (host.Find(name) is not { } tenant)
        {
            return NotFound();
        }

        return View(RemoveModel(tenant));
    }

    [HttpPost("{name}/remove")]
    public async Task<IActionResult> RemovePost(string name, string? confirmName)
    {
        if (host.Find(name) is not { } tenant)
        {
            return NotFound();
        }

        // The guards first: a refused removal says why, whatever was typed.
        var model = RemoveModel(tenant);
        if (model.Refused is not null)
        {
            Response.StatusCode = tenants.RemovalRefused(tenant)!.StatusCode;
            return View("Remove", model);
        }

        if (!string.Equals(confirmName?.Trim(), tenant.Name, StringComparison.Ordinal))
        {
            ModelState.AddModelError("confirmName", t["Type the tenant's name, {0}, exactly to confirm.", tenant.Name]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Remove", model);
        }

        var outcome = await tenants.RemoveAsync(tenant.Name, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            return Refused(outcome);
        }

        TempData["Notice"] = t["Tenant {0} was removed with its database and files.", tenant.Name].Value;
        return RedirectToAction(nameof(List));
    }

    private async Task<IActionResult> SetEnabledAsync(string name, bool enabled)
    {
        var outcome = await tenants.SetEnabledAsync(name, enabled, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            return Refused(outcome);
        }

        var (state, problem) = host.StatusOf(outcome.Tenant!);
        TempData["Notice"] = (state, enabled) switch
        {
            (TenantState.Invalid, _) => t["Tenant {0} is enabled but can't start: {1}", name, problem ?? ""].Value,
            (_, true) => t["Tenant {0} is enabled.", name].Value,
            _ => t["Tenant {0} is disabled: its pages and APIs answer 404.", name].Value,
        };
        return RedirectToAction(nameof(List), new { q = name });
    }

    private IActionResult Refused(TenantOutcome outcome)
    {
        if (outcome.StatusCode == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        Response.StatusCode = outcome.StatusCode;
        return View(nameof(List), ListModel(null, 1, t[outcome.Message!, outcome.Arguments ?? []].Value));
    }

    private TenantListViewModel ListModel(string? q, int page, string? error)
    {
        page = Math.Clamp(page, 1, 100_000);
        var found = host.List(q, (page - 1) * PageSize, PageSize);
        return new TenantListViewModel
        {
            Items = [.. found.Items.Select(s => TenantModel.From(s, host))],
            Total = found.Total,
            Page = page,
            PageSize = PageSize,
            Query = q,
            RemovalAllowed = tenants.RemovalAllowed,
            Error = error,
        };
    }

    private TenantRemoveViewModel RemoveModel(ShellSettings tenant) => new()
    {
        Name = tenant.Name,
        Refused = tenants.RemovalRefused(tenant) is { } refused ? t[refused.Message!, refused.Arguments ?? []].Value : null,
    };
}
