using System.Text.Json.Nodes;
using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Models;

namespace ETamkeen.Workflows.Services;

/// <summary>What a designer knows of an activity: <c>GET /api/workflows/activities</c> and the designer page give the same.</summary>
public sealed record ActivityDescriptor(
    string Name,
    string Category,
    string Kind,
    IReadOnlyList<string> Outcomes,
    string? OutcomesProperty,
    IReadOnlyList<ActivityProperty> Properties);

public static class ActivityDescriptors
{
    // A marker no one types: finding it among the outcomes shows which list property names them.
    private const string Probe = "\u0001probe";

    public static IReadOnlyList<ActivityDescriptor> Describe(ActivityLibrary library) =>
        [.. library.All.Select(Describe)];

    public static ActivityDescriptor Describe(IActivity activity)
    {
        var outcomesProperty = activity.Properties
            .Where(p => p.Type == ActivityPropertyTypes.TextList)
            .FirstOrDefault(p => OutcomesOf(activity, new JsonObject { [p.Name] = new JsonArray(Probe) }).Contains(Probe))?.Name;
        return new(activity.Name, activity.Category, activity.IsEvent ? "Event" : "Task", OutcomesOf(activity, []), outcomesProperty, activity.Properties);
    }

    /// <summary>The outcomes of an activity with these properties (a script's, a fork's and a user task's come from them).</summary>
    public static IReadOnlyList<string> OutcomesOf(IActivity activity, JsonObject properties) =>
        [.. activity.Outcomes(new ActivityContext(
            new WorkflowExecutionContext(new WorkflowType(), new WorkflowInstance(), EmptyServices.Instance, TimeProvider.System, new(), new()),
            new ActivityRecord { Name = activity.Name, Properties = properties }))];

    /// <summary>The JSON shape of the descriptors, camelCase as the API has always answered.</summary>
    public static object ToJson(ActivityDescriptor d) => new
    {
        name = d.Name,
        category = d.Category,
        kind = d.Kind,
        outcomes = d.Outcomes,
        outcomesProperty = d.OutcomesProperty,
        properties = d.Properties.Select(p => new { name = p.Name, type = p.Type, description = p.Description, required = p.Required }),
    };

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
