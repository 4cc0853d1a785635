using System.Text.Json.Nodes;
using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Scripting;
using ETamkeen.Workflows.Services;
using Microsoft.Extensions.Logging.Abstractions;

namespace ETamkeen.Tests.Workflows;

/// <summary>A clock tests move by hand.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Runs a workflow type in memory with the module's activities (no database, no content).</summary>
public static class WorkflowTestContext
{
    public static readonly IActivity[] Activities =
    [
        new SignalEvent(), new UserTaskEvent(), new TimerEvent(), new DelayTask(), new IfElseTask(), new ScriptTask(),
        new SetPropertyTask(), new SetOutputTask(), new ForkTask(), new JoinTask(), new ForEachTask(), new NotifyTask(),
        new LogTask(NullLogger<LogTask>.Instance), new ContentPublishedEvent(),
    ];

    public static WorkflowExecutionContext Context(WorkflowType type, TimeProvider? clock = null, JsonObject? input = null, string correlationId = "") =>
        new(type, new WorkflowInstance
        {
            WorkflowId = "wf1",
            WorkflowTypeId = type.WorkflowTypeId,
            Status = WorkflowStatus.Executing,
            CorrelationId = correlationId,
            State = new WorkflowState { Input = input ?? [] },
        }, new EmptyServices(), clock ?? TimeProvider.System, new JavaScriptEvaluator(), new LiquidEvaluator());

    public static async Task<WorkflowExecutionContext> RunAsync(string json, JsonObject? input = null, TimeProvider? clock = null)
    {
        var type = WorkflowTypeSerializer.Read(json);
        var context = Context(type, clock, input);
        await new WorkflowExecutor(new ActivityLibrary(Activities)).RunAsync(context, type.Activities.First(a => a.IsStart), resuming: true);
        return context;
    }

    public static Task ResumeAsync(WorkflowExecutionContext context, string activityId, JsonObject input)
    {
        foreach (var (key, value) in input)
        {
            context.State.Input[key] = value?.DeepClone();
        }

        var blocked = context.Blocking.Single(b => b.ActivityId == activityId);
        context.Blocking.Remove(blocked);
        return new WorkflowExecutor(new ActivityLibrary(Activities)).RunAsync(context, context.Type.Activity(activityId)!, resuming: true);
    }

    /// <summary>A workflow type in Orchard's JSON from (id, name, properties) activities, the first being the start, and (from, outcome, to) transitions.</summary>
    public static string Type(IEnumerable<(string Id, string Name, string Properties)> activities, IEnumerable<(string From, string Outcome, string To)> transitions)
    {
        var list = activities.Select((a, i) => $$"""{ "ActivityId": "{{a.Id}}", "Name": "{{a.Name}}", "X": 0, "Y": 0, "IsStart": {{(i == 0 ? "true" : "false")}}, "Properties": {{a.Properties}} }""");
        var arrows = transitions.Select(t => $$"""{ "SourceActivityId": "{{t.From}}", "SourceOutcomeName": "{{t.Outcome}}", "DestinationActivityId": "{{t.To}}" }""");
        return $$"""{ "WorkflowTypeId": "type1", "Name": "Test", "IsEnabled": true, "Activities": [ {{string.Join(",", list)}} ], "Transitions": [ {{string.Join(",", arrows)}} ] }""";
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
