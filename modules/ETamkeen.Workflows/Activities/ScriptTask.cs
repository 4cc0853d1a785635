namespace ETamkeen.Workflows.Activities;

/// <summary>Orchard's <c>ScriptTask</c>: runs <c>Script</c>; the outcomes are those it names with <c>setOutcome()</c>, among <c>AvailableOutcomes</c>.</summary>
public sealed class ScriptTask : TaskActivity
{
    public override string Name => "ScriptTask";
    public override string Category => "Control Flow";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("AvailableOutcomes", ActivityPropertyTypes.TextList),
        new("Script", ActivityPropertyTypes.JavaScript, "Calls setOutcome('Name') to choose where to go.", Required: true),
    ];

    public override IEnumerable<string> Outcomes(ActivityContext context) => context.List("AvailableOutcomes");

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var result = await context.EvaluateScriptAsync("Script");
        context.Workflow.State.LastResult = result;
        return ActivityResult.Outcomes([.. context.Workflow.ScriptOutcomes.Distinct(StringComparer.Ordinal)]);
    }
}
