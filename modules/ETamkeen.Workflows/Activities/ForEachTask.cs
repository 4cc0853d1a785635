using System.Text.Json.Nodes;

namespace ETamkeen.Workflows.Activities;

/// <summary>
/// Orchard's <c>ForEachTask</c>: for each item of the JavaScript <c>Enumerable</c>, sets the
/// property <c>LoopVariableName</c> and goes out by <c>Iterate</c> (the loop's last activity
/// leads back here); after the last, <c>Done</c>.
/// </summary>
public sealed class ForEachTask : TaskActivity
{
    public override string Name => "ForEachTask";
    public override string Category => "Control Flow";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("Enumerable", ActivityPropertyTypes.JavaScript, Required: true), new("LoopVariableName", ActivityPropertyTypes.Text)];

    public override IEnumerable<string> Outcomes(ActivityContext context) => ["Iterate", "Done"];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var state = context.State;
        if (state["Items"] is not JsonArray items)
        {
            items = await context.EvaluateScriptAsync("Enumerable") switch
            {
                JsonArray array => array,
                null => [],
                var single => [single.DeepClone()],
            };
            state["Items"] = items;
            state["Index"] = 0;
        }

        var index = state["Index"]!.GetValue<int>();
        if (index >= items.Count)
        {
            context.ClearState();
            return ActivityResult.Outcomes("Done");
        }

        var name = context.Text("LoopVariableName") is { Length: > 0 } n ? n : "x";
        context.Workflow.State.Properties[name] = items[index]?.DeepClone();
        context.Workflow.State.Properties[name + "Index"] = index;
        state["Index"] = index + 1;
        return ActivityResult.Outcomes("Iterate");
    }
}
