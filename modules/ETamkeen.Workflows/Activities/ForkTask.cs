namespace ETamkeen.Workflows.Activities;

/// <summary>Orchard's <c>ForkTask</c>: goes on along every one of its <c>Forks</c> at once.</summary>
public sealed class ForkTask : TaskActivity
{
    public override string Name => "ForkTask";
    public override string Category => "Control Flow";

    public override IReadOnlyList<ActivityProperty> Properties { get; } = [new("Forks", ActivityPropertyTypes.TextList, Required: true)];

    public override IEnumerable<string> Outcomes(ActivityContext context) => context.List("Forks");

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context) =>
        Task.FromResult(ActivityResult.Outcomes([.. context.List("Forks")]));
}
