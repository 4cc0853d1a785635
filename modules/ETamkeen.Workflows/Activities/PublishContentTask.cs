using ETamkeen.Contents;

namespace ETamkeen.Workflows.Activities;

/// <summary>Orchard's <c>PublishContentTask</c>: publishes the latest version of the item (<c>Content</c>, else the event's).</summary>
public sealed class PublishContentTask : TaskActivity
{
    public override string Name => "PublishContentTask";
    public override string Category => "Content";
    public override IReadOnlyList<ActivityProperty> Properties { get; } = [ContentTaskHelpers.ContentProperty];

    public override IEnumerable<string> Outcomes(ActivityContext context) => ["Published", "NotFound"];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (await ContentTaskHelpers.LatestAsync(context) is not { } item)
        {
            return ActivityResult.Outcomes("NotFound");
        }

        var result = await ContentTaskHelpers.Contents(context).PublishAsync(item);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The item was not published: " + string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }

        context.Workflow.State.LastResult = ContentTaskHelpers.ToJson(result.Item ?? item);
        return ActivityResult.Outcomes("Published");
    }
}
