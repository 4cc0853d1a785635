namespace ETamkeen.Workflows.Activities;

/// <summary>Orchard's <c>SetPropertyTask</c>: stores a JavaScript <c>Value</c> as the workflow property <c>PropertyName</c>.</summary>
public sealed class SetPropertyTask : TaskActivity
{
    public override string Name => "SetPropertyTask";
    public override string Category => "Primitives";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("PropertyName", ActivityPropertyTypes.Text, Required: true), new("Value", ActivityPropertyTypes.JavaScript)];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var name = context.Text("PropertyName");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new FormatException("PropertyName is required.");
        }

        context.Workflow.State.Properties[name] = await context.EvaluateScriptAsync("Value");
        return ActivityResult.Outcomes("Done");
    }
}
