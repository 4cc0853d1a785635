using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ETamkeen.Workflows.Models;

namespace ETamkeen.Workflows.Services;

/// <summary>
/// Reads and writes Orchard's <c>WorkflowType</c> JSON. Orchard's other keys (<c>Id</c>,
/// <c>LockTimeout</c>, <c>LockExpiration</c>) are accepted and ignored; what can't make a
/// workflow (no id, duplicate activity ids, a transition to nowhere) is reported by
/// <see cref="Validate"/> in words an administrator can act on.
/// </summary>
public static class WorkflowTypeSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonSerializerOptions WriteOptions = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <exception cref="JsonException">when the JSON doesn't have the shape of a workflow type.</exception>
    public static WorkflowType Read(JsonNode node)
    {
        var type = node.Deserialize<WorkflowType>(Options) ?? throw new JsonException("A workflow type is a JSON object.");
        foreach (var activity in type.Activities)
        {
            activity.Properties ??= [];
        }

        return type;
    }

    public static WorkflowType Read(string json) => Read(JsonNode.Parse(json) ?? throw new JsonException("A workflow type is a JSON object."));

    /// <summary>Orchard's shape, as exported; our version is left out so that an export imports anywhere.</summary>
    public static JsonObject Write(WorkflowType type) => new()
    {
        ["WorkflowTypeId"] = type.WorkflowTypeId,
        ["Name"] = type.Name,
        ["IsEnabled"] = type.IsEnabled,
        ["IsSingleton"] = type.IsSingleton,
        ["DeleteFinishedWorkflows"] = type.DeleteFinishedWorkflows,
        ["Activities"] = new JsonArray([.. type.Activities.Select(a => (JsonNode)new JsonObject
        {
            ["ActivityId"] = a.ActivityId,
            ["Name"] = a.Name,
            ["X"] = a.X,
            ["Y"] = a.Y,
            ["IsStart"] = a.IsStart,
            ["Properties"] = a.Properties.DeepClone(),
        })]),
        ["Transitions"] = JsonSerializer.SerializeToNode(type.Transitions, WriteOptions),
    };

    public static string ToJson(WorkflowType type) => Write(type).ToJsonString();

    /// <summary>What makes this definition unusable; empty when it is fine.</summary>
    public static IReadOnlyList<string> Validate(WorkflowType type)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(type.WorkflowTypeId) || type.WorkflowTypeId.Length > 64)
        {
            errors.Add("WorkflowTypeId is required (at most 64 characters).");
        }

        if (string.IsNullOrWhiteSpace(type.Name))
        {
            errors.Add("Name is required.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var activity in type.Activities)
        {
            if (string.IsNullOrWhiteSpace(activity.ActivityId) || !ids.Add(activity.ActivityId))
            {
                errors.Add($"Activity '{activity.Name}' needs an ActivityId of its own (got '{activity.ActivityId}').");
            }

            if (string.IsNullOrWhiteSpace(activity.Name))
            {
                errors.Add($"Activity '{activity.ActivityId}' has no Name.");
            }
        }

        foreach (var transition in type.Transitions)
        {
            if (!ids.Contains(transition.SourceActivityId) || !ids.Contains(transition.DestinationActivityId))
            {
                errors.Add($"The transition from '{transition.SourceActivityId}' ({transition.SourceOutcomeName}) to '{transition.DestinationActivityId}' links an activity that isn't in the workflow.");
            }
        }

        return errors;
    }
}
