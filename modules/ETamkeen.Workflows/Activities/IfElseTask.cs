using ETamkeen.Workflows.Scripting;

namespace ETamkeen.Workflows.Activities;

/// <summary>Orchard's <c>IfElseTask</c>: <c>True</c> or <c>False</c> by a JavaScript <c>Condition</c>.</summary>
public sealed class IfElseTask : TaskActivity
{
    public override string Name => "IfElseTask";
    public override string Category => "Control Flow";

    public override IReadOnlyList<ActivityProperty> Properties { get; } = [new("Condition", ActivityPropertyTypes.JavaScript, Required: true)];

    public override IEnumerable<string> Outcomes(ActivityContext context) => ["True", "False"];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ActivityResult.Outcomes(JavaScriptEvaluator.IsTruthy(await context.EvaluateScriptAsync("Condition")) ? "True" : "False");
}
