using System.Text.Json.Nodes;
using ETamkeen.Workflows.Activities;

namespace ETamkeen.Trainings.Activities;

/// <summary>
/// A participant submitted an evaluation. <c>Kinds</c> limits it to Hot or Cold; <c>LowScoreOnly</c>
/// to scores of 2/5 or less. The input carries <c>Session</c>, <c>Participant</c>, <c>Kind</c>,
/// <c>Average</c>, <c>Ratings</c>, <c>Comments</c>, <c>LowScore</c>, <c>CoordinatorEmails</c> and <c>ReportUrl</c>.
/// </summary>
public sealed class TrainingEvaluationSubmittedEvent : EventActivity
{
    public const string EventName = "TrainingEvaluationSubmittedEvent";

    public override string Name => EventName;
    public override string Category => "Trainings";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("Kinds", ActivityPropertyTypes.TextList, "Hot, Cold; empty for both."),
        new("LowScoreOnly", ActivityPropertyTypes.Boolean, "Start only for an average (or overall rating) of 2/5 or less."),
    ];

    public override Task<bool> CanExecuteAsync(ActivityContext context)
    {
        var input = context.Workflow.State.Input;
        var kinds = context.List("Kinds");
        var kind = input["Kind"] is JsonValue k && k.TryGetValue<string>(out var text) ? text : null;
        var low = input["LowScore"] is JsonValue l && l.TryGetValue<bool>(out var flag) && flag;
        return Task.FromResult(kind is not null
            && (kinds.Count == 0 || kinds.Contains(kind, StringComparer.OrdinalIgnoreCase))
            && (!context.Bool("LowScoreOnly") || low));
    }
}
