using System.Security.Claims;
using System.Text.Json.Nodes;
using ETamkeen.Security;
using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Services;
using ETamkeen.Workflows.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Workflows.Controllers;

/// <summary>
/// "My tasks": the user tasks waiting for one of the user's roles (every task for an
/// administrator), each with its actions as buttons. Choosing one resumes the instance once,
/// whoever else clicks at the same time.
/// </summary>
[Permission("AccessAdminPanel")]
[AutoValidateAntiforgeryToken]
[Route("admin/workflows/tasks")]
public sealed class UserTasksController(
    WorkflowInstanceStore instances,
    WorkflowTypeStore types,
    IWorkflowManager workflows,
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

            var instance = await instances.GetAsync(task.WorkflowId, cancellationToken);
            var definition = instance is null ? null : await types.GetVersionAsync(instance.WorkflowTypeId, instance.TypeVersion, cancellationToken);
            var actions = definition?.Activity(task.ActivityId)?.Properties["Actions"] is JsonArray list
                ? list.Select(a => a?.GetValue<string>() ?? "").Where(a => a.Length > 0).ToList()
                : [];
            items.Add(new UserTaskItem(task.Id, type?.Name ?? task.WorkflowTypeId, task.WorkflowId, task.ActivityId, task.CorrelationId, task.CreatedUtc, actions));
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

        var done = !string.IsNullOrEmpty(userAction)
            && await workflows.ResumeAsync(task, new JsonObject { [UserTaskEvent.ActionInput] = userAction, ["UserName"] = User.Identity?.Name }, cancellationToken);
        TempData["Notice"] = done ? t["Done: {0}.", userAction!].Value : t["This task is no longer waiting for you."].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<IReadOnlyList<BlockingActivity>> MineAsync(CancellationToken cancellationToken)
    {
        var roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var all = roles.Contains(RoleNames.Administrator, StringComparer.OrdinalIgnoreCase) || User.IsInRole(RoleNames.Administrator);
        return await instances.UserTasksAsync(roles, all, cancellationToken);
    }
}
