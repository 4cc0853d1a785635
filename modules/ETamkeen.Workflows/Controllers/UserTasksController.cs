using System.Security.Claims;
using System.Text.Json.Nodes;
using ETamkeen.Security;
using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Http;
using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Services;
using ETamkeen.Workflows.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Workflows.Controllers;

/// <summary>
/// "My tasks": the user tasks waiting for one of the user's roles or for the user by name (every
/// task for an administrator), each with its actions as buttons. Choosing one resumes the
/// instance once, whoever else clicks at the same time. A signed e-mail link
/// (<c>user_task_url</c>) opens a confirmation of one action; only its POST resumes.
/// </summary>
[Permission("AccessAdminPanel")]
[AutoValidateAntiforgeryToken]
[Route("admin/workflows/tasks")]
public sealed class UserTasksController(
    WorkflowInstanceStore instances,
    WorkflowTypeStore types,
    IWorkflowManager workflows,
    WorkflowLinkProtector protector,
    IStringLocalizer<UserTasksController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var items = new List<UserTaskItem>();
        var names = new Dictionary<string, WorkflowType?>(StringComparer.Ordinal);
        foreach (var task in await MineAsync(cancellationToken))
        {
            if (!names.TryGetValue(task.WorkflowTypeId, out var type))
            {
                names[task.WorkflowTypeId] = type = await types.GetAsync(task.WorkflowTypeId, cancellationToken);
            }

            items.Add(new UserTaskItem(task.Id, type?.Name ?? task.WorkflowTypeId, task.WorkflowId, task.ActivityId, task.CorrelationId, task.CreatedUtc, await ActionsAsync(task, cancellationToken)));
        }

        return View(new UserTasksViewModel { Tasks = items });
    }

    [HttpPost("{id:long}")]
    public async Task<IActionResult> Complete(long id, string? userAction, CancellationToken cancellationToken)
    {
        var task = (await MineAsync(cancellationToken)).FirstOrDefault(b => b.Id == id);
        if (task is null)
        {
            // Not one of the user's tasks, or already done by someone else: the same answer, so that ids reveal nothing.
            TempData["Notice"] = t["This task is no longer waiting for you."].Value;
            return RedirectToAction(nameof(Index));
        }

        TempData["Notice"] = await ResumeAsync(task, userAction, cancellationToken) ? t["Done: {0}.", userAction!].Value : t["This task is no longer waiting for you."].Value;
        return RedirectToAction(nameof(Index));
    }

    /// <summary>An e-mail link: shows what it will do and changes nothing (mail scanners open links).</summary>
    [HttpGet("link")]
    public async Task<IActionResult> Link(string? token, CancellationToken cancellationToken) =>
        await LinkPageAsync(token, cancellationToken) is { } page ? page : View("Link", await ConfirmationAsync(token!, cancellationToken));

    [HttpPost("link")]
    [ActionName("Link")]
    public async Task<IActionResult> LinkConfirmed(string? token, CancellationToken cancellationToken)
    {
        if (await LinkPageAsync(token, cancellationToken) is { } page)
        {
            return page;
        }

        var link = protector.ReadUserTask(token)!;
        var task = await LinkedTaskAsync(link, cancellationToken);
        TempData["Notice"] = task is not null && await ResumeAsync(task, link.Action, cancellationToken)
            ? t["Done: {0}.", link.Action].Value
            : t["This task is no longer waiting for you."].Value;
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The page for a link that can't be used (with its status), or null when it can.</summary>
    private async Task<IActionResult?> LinkPageAsync(string? token, CancellationToken cancellationToken)
    {
        if (protector.ReadUserTask(token) is not { } link)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Link", new UserTaskLinkViewModel { Problem = t["This link is not valid or has expired. Open the task from My tasks."].Value });
        }

        if (await LinkedTaskAsync(link, cancellationToken) is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Link", new UserTaskLinkViewModel { Problem = t["This task is no longer waiting for you."].Value });
        }

        return null;
    }

    private async Task<UserTaskLinkViewModel> ConfirmationAsync(string token, CancellationToken cancellationToken)
    {
        var link = protector.ReadUserTask(token)!;
        var task = (await LinkedTaskAsync(link, cancellationToken))!;
        var type = await types.GetAsync(task.WorkflowTypeId, cancellationToken);
        return new UserTaskLinkViewModel { Token = token, Action = link.Action, WorkflowTypeName = type?.Name ?? task.WorkflowTypeId, CorrelationId = task.CorrelationId };
    }

    /// <summary>The task the link is for, if it still waits, is the user's, and offers the link's action.</summary>
    private async Task<BlockingActivity?> LinkedTaskAsync(UserTaskLinkToken link, CancellationToken cancellationToken)
    {
        var (roles, all) = Roles();
        var task = (await instances.BlockingOfAsync(link.WorkflowId, cancellationToken))
            .FirstOrDefault(b => b.ActivityId == link.ActivityId && b.ActivityName == nameof(UserTaskEvent) && b.IsFor(roles, User.Identity?.Name, all));
        return task is not null && (await ActionsAsync(task, cancellationToken)).Contains(link.Action, StringComparer.Ordinal) ? task : null;
    }

    private async Task<bool> ResumeAsync(BlockingActivity task, string? userAction, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(userAction)
        && await workflows.ResumeAsync(task, new JsonObject { [UserTaskEvent.ActionInput] = userAction, ["UserName"] = User.Identity?.Name }, cancellationToken);

    /// <summary>The actions of the task as the instance's version of the type has them.</summary>
    private async Task<IReadOnlyList<string>> ActionsAsync(BlockingActivity task, CancellationToken cancellationToken)
    {
        var instance = await instances.GetAsync(task.WorkflowId, cancellationToken);
        var definition = instance is null ? null : await types.GetVersionAsync(instance.WorkflowTypeId, instance.TypeVersion, cancellationToken);
        return definition?.Activity(task.ActivityId)?.Properties["Actions"] is JsonArray list
            ? [.. list.Select(a => a?.GetValue<string>() ?? "").Where(a => a.Length > 0)]
            : [];
    }

    private async Task<IReadOnlyList<BlockingActivity>> MineAsync(CancellationToken cancellationToken)
    {
        var (roles, all) = Roles();
        return await instances.UserTasksAsync(roles, User.Identity?.Name, all, cancellationToken);
    }

    private (List<string> Roles, bool All) Roles()
    {
        var roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return (roles, roles.Contains(RoleNames.Administrator, StringComparer.OrdinalIgnoreCase) || User.IsInRole(RoleNames.Administrator));
    }
}
