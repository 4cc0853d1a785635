namespace ETamkeen.Workflows.Activities;

/// <summary>Orchard's <c>SetOutputTask</c>: stores a JavaScript <c>Value</c> as the workflow output <c>OutputName</c>.</summary>
public sealed class SetOutputTask : TaskActivity
{
    public override string Name => "SetOutputTask";
    public override string Category => "Primitives";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("OutputName", ActivityPropertyTypes.Text, Required: true), new("Value", ActivityPropertyTypes.JavaScript)];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var name = context.Text("OutputName");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new FormatException("OutputName is required.");
        }

        context.Workflow.State.Output[name] = await context.EvaluateScriptAsync("Value");
        return ActivityResult.Outcomes("Done");
    }
}
