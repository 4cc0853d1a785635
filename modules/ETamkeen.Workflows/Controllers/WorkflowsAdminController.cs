using ETamkeen.AuditTrail;
using ETamkeen.Security;
using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Services;
using ETamkeen.Workflows.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Workflows.Controllers;

/// <summary>The tenant's workflow types (switch on and off), a type's definition as lists, and its instances (restart a faulted one).</summary>
[Permission("ManageWorkflows")]
[AutoValidateAntiforgeryToken]
[Route("admin/workflows")]
public sealed class WorkflowsAdminController(
    WorkflowTypeStore types,
    WorkflowInstanceStore instances,
    ActivityLibrary activities,
    IWorkflowManager workflows,
    IEnumerable<IAuditTrail> audit,
    IStringLocalizer<WorkflowsAdminController> t) : Controller
{
    /// <summary>The audit trail's category for these actions (empty where the audit trail is off).</summary>
    public const string AuditCategory = "Workflow";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new WorkflowTypeListViewModel { Types = await types.ListAsync(cancellationToken: cancellationToken) });

    [HttpPost("{id}/enable")]
    public Task<IActionResult> Enable(string id, CancellationToken cancellationToken) => SwitchAsync(id, true, cancellationToken);

    [HttpPost("{id}/disable")]
    public Task<IActionResult> Disable(string id, CancellationToken cancellationToken) => SwitchAsync(id, false, cancellationToken);

    [HttpGet("{id}")]
    public async Task<IActionResult> Type(string id, CancellationToken cancellationToken)
    {
        if (await types.GetAsync(id, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        var list = await instances.ListAsync(id, cancellationToken: cancellationToken);
        var blocking = new Dictionary<string, IReadOnlyList<BlockingActivity>>(StringComparer.Ordinal);
        foreach (var instance in list.Where(i => i.Status is WorkflowStatus.Halted or WorkflowStatus.Faulted))
        {
            blocking[instance.WorkflowId] = await instances.BlockingOfAsync(instance.WorkflowId, cancellationToken);
        }

        return View(new WorkflowTypeViewModel
        {
            Type = type,
            Instances = list,
            Blocking = blocking,
            UnknownActivities = type.Activities.Where(a => activities.Find(a.Name) is null).Select(a => a.Name).ToHashSet(StringComparer.Ordinal),
        });
    }

    [HttpPost("instances/{workflowId}/restart")]
    public async Task<IActionResult> Restart(string workflowId, string workflowTypeId, CancellationToken cancellationToken)
    {
        var restarted = await workflows.RestartAsync(workflowId, cancellationToken);
        if (restarted)
        {
            await audit.RecordAsync(new AuditEvent(AuditCategory, "Restarted", workflowId) { SubjectDisplay = workflowTypeId }, cancellationToken);
        }

        TempData["Notice"] = restarted
            ? t["The workflow {0} was restarted.", workflowId].Value
            : t["The workflow {0} is not faulted any more; nothing was restarted.", workflowId].Value;
        return RedirectToAction(nameof(Type), new { id = workflowTypeId });
    }

    private async Task<IActionResult> SwitchAsync(string id, bool enabled, CancellationToken cancellationToken)
    {
        if (!await types.SetEnabledAsync(id, enabled, cancellationToken))
        {
            return NotFound();
        }

        await audit.RecordAsync(new AuditEvent(AuditCategory, enabled ? "Enabled" : "Disabled", id), cancellationToken);
        TempData["Notice"] = enabled ? t["The workflow was enabled."].Value : t["The workflow was disabled."].Value;
        return RedirectToAction(nameof(Index));
    }
}
