using System.Text.Json.Nodes;
using ETamkeen.Workflows.Models;

namespace ETamkeen.Workflows.Services;

/// <summary>
/// The one way to drive workflows. Domain modules raise their events with
/// <see cref="TriggerEventAsync"/> (the event name is the activity name, e.g. <c>ContentPublishedEvent</c>
/// or their own); it resumes the instances waiting for it, then starts the types that begin with it.
/// </summary>
public interface IWorkflowManager
{
    /// <param name="name">The event activity's name.</param>
    /// <param name="input">Merged into each instance's input (<c>input('ContentItem')</c>...).</param>
    /// <param name="correlationId">Resumes only the instances with that id, and is given to the started ones.</param>
    /// <param name="isExclusive">Starts no instance of a type that already has one going with this correlation id.</param>
    Task TriggerEventAsync(string name, JsonObject? input = null, string? correlationId = null, bool isExclusive = false, CancellationToken cancellationToken = default);

    /// <summary>Resumes one wait (a user task's choice, a due timer); false when it was no longer waiting or someone else resumed it.</summary>
    Task<bool> ResumeAsync(BlockingActivity blocking, JsonObject? input = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a faulted instance again from the activity that failed; false when it isn't faulted.</summary>
    Task<bool> RestartAsync(string workflowId, CancellationToken cancellationToken = default);

    /// <summary>Starts one type at one of its start activities, whatever its event (start timers).</summary>
    Task<WorkflowInstance?> StartAsync(WorkflowType type, ActivityRecord start, JsonObject? input = null, string? correlationId = null, CancellationToken cancellationToken = default);
}
