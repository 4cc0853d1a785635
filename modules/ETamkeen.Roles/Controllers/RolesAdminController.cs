using System.Globalization;
using ETamkeen.Data;
using ETamkeen.Roles.Services;
using ETamkeen.Roles.ViewModels;
using ETamkeen.Security;
using ETamkeen.Security.Roles;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Roles.Controllers;

/// <summary>
/// The tenant's roles: the list with member counts, creating a role, its description and
/// permissions, renaming and deleting the roles the tenant created (standard ones stay).
/// </summary>
[Permission(Permissions.ManageRolesName)]
[AutoValidateAntiforgeryToken]
[Route("admin/roles")]
public sealed class RolesAdminController(
    RoleStore roles,
    RolesCache cache,
    RoleMembers members,
    RolePageModels models,
    IStringLocalizer<RolesAdminController> t) : Controller
{
    private string ConcurrentChange => t["Someone else changed the roles while you were editing. The page shows them as they are now: make your change again."];

    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) => View(await models.ListAsync(null, cancellationToken));

    [HttpGet("create")]
    public IActionResult Create() => View("Edit", new RoleEditViewModel());

    [HttpPost("create")]
    public async Task<IActionResult> CreatePost([FromForm] string? name, [FromForm] string? description, CancellationToken cancellationToken)
    {
        var model = new RoleEditViewModel { Name = name?.Trim() ?? "", Description = description?.Trim() ?? "" };
        CheckName(await roles.GetAsync(cancellationToken), model.Name, current: null);
        CheckDescription(model.Description);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", model);
        }

        try
        {
            await roles.UpdateAsync(d =>
            {
                // Checked again on the stored document: the name may have been taken since the page was read.
                if (d.Find(model.Name) is not null)
                {
                    throw new ConcurrencyException($"Role {model.Name} was created meanwhile.");
                }

                d.Roles.Add(new Role { RoleName = model.Name, RoleDescription = model.Description });
            }, cancellationToken);
        }
        catch (ConcurrencyException)
        {
            cache.Clear();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Edit", new RoleEditViewModel { Name = model.Name, Description = model.Description, GeneralError = ConcurrentChange });
        }

        TempData["Notice"] = t["Role {0} created: choose its permissions.", model.Name].Value;
        return RedirectToAction(nameof(Edit), new { role = model.Name });
    }

    [HttpGet("edit/{role}")]
    public async Task<IActionResult> Edit(string role, CancellationToken cancellationToken)
    {
        var document = await roles.GetAsync(cancellationToken);
        return document.Find(role) is { } found ? View(await models.BuildAsync(found, document.Version)) : NotFound();
    }

    [HttpPost("edit/{role}")]
    public async Task<IActionResult> EditPost(
        string role,
        [FromForm] string? name,
        [FromForm] string? description,
        [FromForm] string[]? permissions,
        [FromForm] string? version,
        CancellationToken cancellationToken)
    {
        var document = await roles.GetAsync(cancellationToken);
        if (document.Find(role) is not { } current)
        {
            return NotFound();
        }

        var newName = name?.Trim() ?? current.RoleName;
        if (!RoleNameRules.IsStandard(current.RoleName))
        {
            CheckName(document, newName, current.RoleName);
        }
        else if (!string.Equals(newName, current.RoleName, StringComparison.Ordinal))
        {
            ModelState.AddModelError("name", t["{0} is a standard role: it can't be renamed.", current.RoleName]);
        }

        var newDescription = description?.Trim() ?? "";
        CheckDescription(newDescription);
        var granted = await models.AcceptAsync(current, permissions ?? []);

        // A form without a readable version can't prove it saw the latest roles.
        var read = int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", await models.BuildAsync(current, read, new PostedRole(newName, newDescription, granted)));
        }

        try
        {
            if (!string.Equals(newName, current.RoleName, StringComparison.Ordinal))
            {
                await members.QueueReplaceAsync(current.RoleName, newName, cancellationToken);
            }

            await roles.UpdateAsync(d =>
            {
                var stored = (d.Version == read ? d.Find(current.RoleName) : null)
                    ?? throw new ConcurrencyException($"The roles changed since version {read} was read (now {d.Version}).");
                stored.RoleName = newName;
                stored.RoleDescription = newDescription;
                if (!RoleNameRules.IsAdministrator(stored.RoleName))
                {
                    stored.Permissions = granted;
                }
            }, cancellationToken);
        }
        catch (ConcurrencyException)
        {
            return await ConflictPageAsync(current.RoleName, cancellationToken);
        }

        TempData["Notice"] = t["Role {0} saved.", newName].Value;
        return RedirectToAction(nameof(Edit), new { role = newName });
    }

    [HttpPost("delete/{role}")]
    public async Task<IActionResult> Delete(string role, CancellationToken cancellationToken)
    {
        if ((await roles.GetAsync(cancellationToken)).Find(role) is not { } current)
        {
            return NotFound();
        }

        if (RoleNameRules.IsStandard(current.RoleName))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(List), await models.ListAsync(t["{0} is a standard role: it can't be deleted.", current.RoleName], cancellationToken));
        }

        int lost;
        try
        {
            lost = await members.QueueReplaceAsync(current.RoleName, null, cancellationToken);
            await roles.UpdateAsync(d => d.Roles.RemoveAll(r => string.Equals(r.RoleName, current.RoleName, StringComparison.OrdinalIgnoreCase)), cancellationToken);
        }
        catch (ConcurrencyException)
        {
            cache.Clear();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(nameof(List), await models.ListAsync(ConcurrentChange, cancellationToken));
        }

        TempData["Notice"] = t["Role {0} deleted: {1} user(s) no longer hold it.", current.RoleName, lost].Value;
        return RedirectToAction(nameof(List));
    }

    /// <summary>The role as stored now (our copy may be what was stale), with the reason the save was refused.</summary>
    private async Task<IActionResult> ConflictPageAsync(string role, CancellationToken cancellationToken)
    {
        cache.Clear();
        Response.StatusCode = StatusCodes.Status409Conflict;
        var document = await roles.GetAsync(cancellationToken);
        return document.Find(role) is { } found
            ? View("Edit", await models.BuildAsync(found, document.Version, generalError: ConcurrentChange))
            : View(nameof(List), await models.ListAsync(t["Role {0} was deleted or renamed by someone else meanwhile.", role], cancellationToken));
    }

    private void CheckName(RolesDocument document, string name, string? current)
    {
        if (!RoleNameRules.IsValid(name))
        {
            ModelState.AddModelError("name", t["A role name has 1 to {0} letters, digits, spaces, dashes and underscores.", RoleNameRules.MaxLength]);
        }
        else if (document.Find(name) is { } other && !string.Equals(other.RoleName, current, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("name", t["There is already a role named {0}.", other.RoleName]);
        }
    }

    private void CheckDescription(string description)
    {
        if (description.Length > RoleNameRules.MaxDescriptionLength)
        {
            ModelState.AddModelError("description", t["The description has at most {0} characters.", RoleNameRules.MaxDescriptionLength]);
        }
    }
}
