using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Scripting;
using ETamkeen.Workflows.Services;
using Microsoft.Extensions.Options;
using Scriban.Runtime;

namespace ETamkeen.Workflows.Http;

/// <summary>
/// <c>{{ "Approve" | user_task_url }}</c> in a workflow's Liquid (an <c>EmailTask</c>'s body): a
/// signed, time-limited link that takes that action on this instance's <c>UserTaskEvent</c>
/// offering it (the one waiting, else the only one of the type; <c>user_task_url: "activityId"</c>
/// picks one). The link opens a confirmation page for a signed-in user the task is for.
/// </summary>
public sealed class UserTaskLinkFunction(WorkflowLinkProtector protector, WorkflowLinks links, IOptions<WorkflowLinkOptions> options) : IWorkflowLiquidExtension
{
    public const string Name = "user_task_url";

    public void Extend(ScriptObject globals, WorkflowExecutionContext workflow) =>
        globals[Name] = DynamicCustomFunction.Create(new Bound(this, workflow), typeof(Bound).GetMethod(nameof(Bound.Url))!);

    private string Url(WorkflowExecutionContext workflow, string action, string? activityId)
    {
        var offering = workflow.Type.Activities
            .Where(a => a.Name == nameof(UserTaskEvent) && (string.IsNullOrEmpty(activityId) || a.ActivityId == activityId))
            .Where(a => new ActivityContext(workflow, a).List("Actions").Contains(action, StringComparer.Ordinal))
            .ToList();
        var task = offering.FirstOrDefault(a => workflow.Blocking.Any(b => b.ActivityId == a.ActivityId))
            ?? (offering.Count == 1 ? offering[0] : null)
            ?? throw new WorkflowScriptException(offering.Count == 0
                ? $"{Name}: no user task of this workflow offers '{action}'."
                : $"{Name}: several user tasks offer '{action}'; name one: {Name}: \"activityId\".");
        return links.UserTask(protector.Protect(new UserTaskLinkToken(workflow.Instance.WorkflowId, task.ActivityId, action), options.Value.UserTaskLinkLifeSpan));
    }

    /// <summary>What Scriban calls: the function bound to one run.</summary>
    private sealed class Bound(UserTaskLinkFunction function, WorkflowExecutionContext workflow)
    {
        public string Url(string action, string? activityId = null) => function.Url(workflow, action, activityId);
    }
}
