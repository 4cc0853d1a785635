namespace ETamkeen.Workflows.Activities;

/// <summary>
/// Orchard's <c>NotifyTask</c>: a Liquid <c>Message</c> of a <c>NotificationType</c>. Workflows
/// often run outside any request (timers), so the message is kept on the instance and shown on its page.
/// </summary>
public sealed class NotifyTask : TaskActivity
{
    public override string Name => "NotifyTask";
    public override string Category => "UI";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("NotificationType", ActivityPropertyTypes.Text, "Information, Success, Warning, Error"), new("Message", ActivityPropertyTypes.Liquid, Required: true)];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var type = context.Text("NotificationType") is { Length: > 0 } t ? t : "Information";
        context.Workflow.State.Notifications.Add($"{type}: {await context.RenderLiquidAsync("Message")}");
        return ActivityResult.Outcomes("Done");
    }
}
