using ETamkeen.Contents;

namespace ETamkeen.Workflows.Activities;

/// <summary>Orchard's <c>RetrieveContentTask</c>: reads the item (<c>Content</c>, its latest version) into the last result.</summary>
public sealed class RetrieveContentTask : TaskActivity
{
    public override string Name => "RetrieveContentTask";
    public override string Category => "Content";
    public override IReadOnlyList<ActivityProperty> Properties { get; } = [ContentTaskHelpers.ContentProperty];

    public override IEnumerable<string> Outcomes(ActivityContext context) => ["Retrieved", "NotFound"];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (await ContentTaskHelpers.LatestAsync(context) is not { } item)
        {
            return ActivityResult.Outcomes("NotFound");
        }

        context.Workflow.State.LastResult = ContentTaskHelpers.ToJson(item);
        return ActivityResult.Outcomes("Retrieved");
    }
}
