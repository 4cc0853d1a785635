namespace ETamkeen.Workflows.Activities;

/// <summary>Orchard's <c>SignalEvent</c>: reacts to a named signal (the input's <c>Signal</c>), e.g. from <c>POST /api/workflows/signal/{name}</c>.</summary>
public sealed class SignalEvent : EventActivity
{
    public override string Name => "SignalEvent";
    public override string Category => "HTTP";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("SignalName", ActivityPropertyTypes.Liquid, "The signal it waits for.", Required: true)];

    public override async Task<bool> CanExecuteAsync(ActivityContext context)
    {
        var expected = await context.RenderLiquidAsync("SignalName");
        var signal = context.Workflow.State.Input["Signal"]?.GetValue<string>();
        return string.Equals(expected.Trim(), signal, StringComparison.OrdinalIgnoreCase);
    }
}
