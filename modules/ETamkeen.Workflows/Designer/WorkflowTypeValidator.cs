using System.Text.Json.Nodes;
using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Services;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Workflows.Designer;

/// <summary>
/// The designer's save is checked here, not in the browser: the browser's check is for speed,
/// this one decides. Problems are per activity where they belong to one, so the designer can
/// show them beside its box.
/// </summary>
public sealed class WorkflowTypeValidator(ActivityLibrary library, IStringLocalizer<WorkflowTypeValidator> t)
{
    public IReadOnlyList<WorkflowProblem> Validate(WorkflowType type)
    {
        var problems = new List<WorkflowProblem>();
        void Error(string? id, LocalizedString message) => problems.Add(new(id, WorkflowProblem.Error, message.Value));

        if (string.IsNullOrWhiteSpace(type.Name))
        {
            Error(null, t["The workflow needs a name."]);
        }

        if (type.WorkflowTypeId.Length > 64)
        {
            Error(null, t["The workflow's id is longer than 64 characters."]);
        }

        var byId = new Dictionary<string, ActivityRecord>(StringComparer.Ordinal);
        foreach (var activity in type.Activities)
        {
            if (string.IsNullOrWhiteSpace(activity.ActivityId) || !byId.TryAdd(activity.ActivityId, activity))
            {
                Error(activity.ActivityId, t["The activity {0} needs an id of its own.", activity.Name]);
                continue;
            }

            if (library.Find(activity.Name) is not { } code)
            {
                Error(activity.ActivityId, t["{0} is not an activity available here.", activity.Name]);
                continue;
            }

            if (activity.IsStart && !code.IsEvent)
            {
                Error(activity.ActivityId, t["Only an event can start a workflow; {0} is a task.", activity.Name]);
            }

            problems.AddRange(PropertyProblems(activity, code));
        }

        var starts = type.Activities.Where(a => a.IsStart && library.Find(a.Name) is { IsEvent: true }).Select(a => a.ActivityId).ToList();
        if (starts.Count == 0)
        {
            Error(null, t["Mark at least one event as the start of the workflow."]);
        }

        foreach (var transition in type.Transitions)
        {
            if (!byId.TryGetValue(transition.SourceActivityId, out var source) || !byId.ContainsKey(transition.DestinationActivityId))
            {
                Error(transition.SourceActivityId, t["A transition links an activity that isn't in the workflow."]);
            }
            else if (library.Find(source.Name) is { } code && !ActivityDescriptors.OutcomesOf(code, source.Properties).Contains(transition.SourceOutcomeName, StringComparer.Ordinal))
            {
                Error(source.ActivityId, t["{0} has no outcome {1}.", source.Name, transition.SourceOutcomeName]);
            }
        }

        var reached = Reachable(type, starts);
        foreach (var activity in type.Activities.Where(a => byId.ContainsKey(a.ActivityId) && !reached.Contains(a.ActivityId)))
        {
            Error(activity.ActivityId, t["{0} can't be reached from a start event.", activity.Name]);
        }

        foreach (var activity in byId.Values)
        {
            if (library.Find(activity.Name) is not { } code)
            {
                continue;
            }

            foreach (var outcome in ActivityDescriptors.OutcomesOf(code, activity.Properties))
            {
                if (!type.Transitions.Any(x => x.SourceActivityId == activity.ActivityId && x.SourceOutcomeName == outcome))
                {
                    problems.Add(new(activity.ActivityId, WorkflowProblem.Warning, t["The outcome {0} leads nowhere: the workflow ends there.", outcome].Value));
                }
            }
        }

        return problems;
    }

    private IEnumerable<WorkflowProblem> PropertyProblems(ActivityRecord activity, IActivity code)
    {
        foreach (var property in code.Properties)
        {
            var node = activity.Properties[property.Name];
            var text = TextOf(node);
            if (property.Required && IsEmpty(node, text))
            {
                yield return new(activity.ActivityId, WorkflowProblem.Error, t["{0} is required.", property.Name].Value);
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var syntax = property.Type switch
            {
                ActivityPropertyTypes.JavaScript => ExpressionSyntax.JavaScript(text) is { } e ? t["{0}: the JavaScript doesn't parse: {1}", property.Name, e].Value : null,
                ActivityPropertyTypes.Liquid => ExpressionSyntax.Liquid(text) is { } e ? t["{0}: the Liquid doesn't parse: {1}", property.Name, e].Value : null,
                ActivityPropertyTypes.Cron => ExpressionSyntax.Cron(text) is not null ? t["{0}: {1} is not a cron expression (minute hour day month weekday).", property.Name, text].Value : null,
                ActivityPropertyTypes.Duration => ExpressionSyntax.IsDuration(text) ? null : t["{0}: {1} is not a duration (hh:mm:ss).", property.Name, text].Value,
                _ => null,
            };
            if (syntax is not null)
            {
                yield return new(activity.ActivityId, WorkflowProblem.Error, syntax);
            }
        }
    }

    private static HashSet<string> Reachable(WorkflowType type, IEnumerable<string> starts)
    {
        var reached = new HashSet<string>(starts, StringComparer.Ordinal);
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in type.Transitions.Where(x => x.SourceActivityId == id).Select(x => x.DestinationActivityId))
            {
                if (reached.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return reached;
    }

    // Values are a string, Orchard's {"Expression": "..."}, or a list.
    private static string? TextOf(JsonNode? node) => node switch
    {
        JsonObject obj => obj["Expression"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        _ => null,
    };

    private static bool IsEmpty(JsonNode? node, string? text) => node switch
    {
        null => true,
        JsonArray array => !array.Any(n => n is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s)),
        JsonValue value when value.TryGetValue<bool>(out _) => false,
        _ => string.IsNullOrWhiteSpace(text),
    };
}
