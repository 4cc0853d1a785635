using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Services;

namespace ETamkeen.Workflows.Activities;

/// <summary>One activity of one run: its record, the run it belongs to, and readers for its properties.</summary>
public sealed class ActivityContext(WorkflowExecutionContext workflow, ActivityRecord record, string? incomingFrom = null)
{
    public WorkflowExecutionContext Workflow { get; } = workflow;
    public ActivityRecord Record { get; } = record;

    /// <summary>The activity the flow came from (a Join counts its branches by it); null at a start or a resume.</summary>
    public string? IncomingFrom { get; } = incomingFrom;

    /// <summary>What this activity remembers between its runs in this instance.</summary>
    public JsonObject State
    {
        get
        {
            var states = Workflow.State.ActivityStates;
            if (states[Record.ActivityId] is not JsonObject state)
            {
                state = [];
                states[Record.ActivityId] = state;
            }

            return state;
        }
    }

    public void ClearState() => Workflow.State.ActivityStates.Remove(Record.ActivityId);

    /// <summary>A plain string property.</summary>
    public string? Text(string name) => Record.Properties[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => value.ToJsonString(),
        JsonObject obj => Expression(obj),
        _ => null,
    };

    /// <summary>An expression property: Orchard's <c>{"Expression": "..."}</c>, or a bare string.</summary>
    public string? Expression(string name) => Record.Properties[name] switch
    {
        JsonObject obj => Expression(obj),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => null,
    };

    public bool Bool(string name, bool fallback = false) => Record.Properties[name] switch
    {
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => bool.TryParse(value.GetValue<string>(), out var parsed) ? parsed : fallback,
        _ => fallback,
    };

    /// <summary>A list of strings: a JSON array, or one comma-separated string.</summary>
    public IReadOnlyList<string> List(string name) => Record.Properties[name] switch
    {
        JsonArray array => [.. array.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>().Trim() : n?.ToJsonString() ?? "").Where(s => s.Length > 0)],
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [.. value.GetValue<string>().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        _ => [],
    };

    public Task<JsonNode?> EvaluateScriptAsync(string name) => Workflow.Scripts.EvaluateAsync(Expression(name) ?? "", Workflow);

    public Task<string> RenderLiquidAsync(string name) => Workflow.Liquid.RenderAsync(Expression(name) ?? "", Workflow);

    private static string? Expression(JsonObject obj) =>
        obj["Expression"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
