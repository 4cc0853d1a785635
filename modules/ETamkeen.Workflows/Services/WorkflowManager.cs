using System.Text.Json.Nodes;
using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Scripting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ETamkeen.Workflows.Services;

/// <summary>Starts, resumes and restarts instances of the current tenant, each run claimed first so that it runs once.</summary>
public sealed class WorkflowManager(
    WorkflowTypeStore types,
    WorkflowInstanceStore instances,
    ActivityLibrary activities,
    WorkflowExecutor executor,
    JavaScriptEvaluator scripts,
    LiquidEvaluator liquid,
    IServiceProvider services,
    TimeProvider clock,
    IOptions<WorkflowOptions> options,
    ILogger<WorkflowManager> logger) : IWorkflowManager
{
    // Flows with the async call chain: a content event raised by a workflow's own task is one level deeper.
    private static readonly AsyncLocal<int> Depth = new();

    public async Task TriggerEventAsync(string name, JsonObject? input = null, string? correlationId = null, bool isExclusive = false, CancellationToken cancellationToken = default)
    {
        if (Depth.Value >= options.Value.MaxTriggerDepth)
        {
            logger.LogWarning("Workflow event {Event} dropped: workflows triggered each other {Depth} levels deep", name, Depth.Value);
            return;
        }

        Depth.Value++;
        try
        {
            // Waiting instances first, so that an instance started by this event isn't resumed by it too.
            foreach (var blocking in await instances.BlockingByNameAsync(name, correlationId, cancellationToken))
            {
                await ResumeAsync(blocking, input, cancellationToken);
            }

            foreach (var type in await types.EnabledAsync(cancellationToken))
            {
                foreach (var start in type.StartActivities(name).ToList())
                {
                    var exclusive = isExclusive && !string.IsNullOrEmpty(correlationId) ? StartLock.Exclusive(correlationId) : null;
                    await StartAsync(type, start, input, correlationId, exclusive, cancellationToken);
                }
            }
        }
        finally
        {
            Depth.Value--;
        }
    }

    public Task<WorkflowInstance?> StartAsync(WorkflowType type, ActivityRecord start, JsonObject? input = null, string? correlationId = null, CancellationToken cancellationToken = default) =>
        StartAsync(type, start, input, correlationId, exclusive: null, cancellationToken);

    // A singleton holds its type's lock whatever started it (an event, a timer); an exclusive start holds its correlation id's.
    private async Task<WorkflowInstance?> StartAsync(WorkflowType type, ActivityRecord start, JsonObject? input, string? correlationId, StartLock? exclusive, CancellationToken cancellationToken)
    {
        if (activities.Find(start.Name) is not { } activity)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var instance = new WorkflowInstance
        {
            WorkflowId = NewId(),
            WorkflowTypeId = type.WorkflowTypeId,
            TypeVersion = type.Version,
            Status = WorkflowStatus.Executing,
            CorrelationId = correlationId ?? "",
            CreatedUtc = now,
            ModifiedUtc = now,
            RowVersion = 1,
        };
        Merge(instance.State.Input, input);
        var context = Context(type, instance, cancellationToken);
        if (!await activity.CanExecuteAsync(new ActivityContext(context, start)))
        {
            return null;
        }

        if (!await instances.InsertAsync(instance, start.ActivityId, type.IsSingleton ? StartLock.Singleton : exclusive, cancellationToken))
        {
            return null;
        }

        await RunAsync(context, start, cancellationToken);
        return instance;
    }

    public async Task<bool> ResumeAsync(BlockingActivity blocking, JsonObject? input = null, CancellationToken cancellationToken = default)
    {
        var instance = await instances.GetAsync(blocking.WorkflowId, cancellationToken);
        if (instance is not { Status: WorkflowStatus.Halted })
        {
            return false;
        }

        var type = await types.GetVersionAsync(instance.WorkflowTypeId, instance.TypeVersion, cancellationToken);
        if (type is not { IsEnabled: true } || type.Activity(blocking.ActivityId) is not { } record || activities.Find(record.Name) is not { } activity)
        {
            return false;
        }

        Merge(instance.State.Input, input);
        var context = Context(type, instance, cancellationToken);
        if (!await activity.CanExecuteAsync(new ActivityContext(context, record)))
        {
            return false;
        }

        if (!await instances.ClaimAsync(instance, WorkflowStatus.Halted, context.UtcNow, record.ActivityId, blocking.Id, cancellationToken))
        {
            return false;
        }

        // The instance's other waits (other branches) stay; this one is consumed by the run.
        context.Blocking.AddRange((await instances.BlockingOfAsync(instance.WorkflowId, cancellationToken)).Where(b => b.Id != blocking.Id));
        await RunAsync(context, record, cancellationToken);
        return true;
    }

    public async Task<bool> RestartAsync(string workflowId, CancellationToken cancellationToken = default)
    {
        var instance = await instances.GetAsync(workflowId, cancellationToken);
        if (instance is not { Status: WorkflowStatus.Faulted } || instance.State.FaultedActivityId is not { } activityId)
        {
            return false;
        }

        var type = await types.GetVersionAsync(instance.WorkflowTypeId, instance.TypeVersion, cancellationToken);
        if (type?.Activity(activityId) is not { } record)
        {
            return false;
        }

        var context = Context(type, instance, cancellationToken);
        if (!await instances.ClaimAsync(instance, WorkflowStatus.Faulted, context.UtcNow, record.ActivityId, cancellationToken: cancellationToken))
        {
            return false;
        }

        context.Blocking.AddRange(await instances.BlockingOfAsync(instance.WorkflowId, cancellationToken));
        await RunAsync(context, record, cancellationToken);
        return true;
    }

    private async Task RunAsync(WorkflowExecutionContext context, ActivityRecord first, CancellationToken cancellationToken)
    {
        await executor.RunAsync(context, first, resuming: true);
        var instance = context.Instance;
        instance.ModifiedUtc = context.UtcNow;
        if (instance.Status == WorkflowStatus.Faulted)
        {
            logger.LogWarning("Workflow {WorkflowId} of type {WorkflowTypeId} faulted: {Reason}", instance.WorkflowId, instance.WorkflowTypeId, instance.FaultMessage);
        }

        if (instance.Status == WorkflowStatus.Finished && context.Type.DeleteFinishedWorkflows)
        {
            await instances.DeleteAsync(instance.WorkflowId, cancellationToken);
            return;
        }

        if (!await instances.SaveAsync(instance, context.Blocking, cancellationToken))
        {
            logger.LogError("Workflow {WorkflowId} changed while it ran; this run's result was not saved", instance.WorkflowId);
        }
    }

    private WorkflowExecutionContext Context(WorkflowType type, WorkflowInstance instance, CancellationToken cancellationToken) =>
        new(type, instance, services, clock, scripts, liquid, cancellationToken);

    private static void Merge(JsonObject target, JsonObject? input)
    {
        foreach (var (key, value) in input ?? [])
        {
            target[key] = value?.DeepClone();
        }
    }

    private static string NewId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(13));
}
