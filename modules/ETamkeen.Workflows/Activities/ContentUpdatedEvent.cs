namespace ETamkeen.Workflows.Activities;

public sealed class ContentUpdatedEvent : ContentEvent
{
    public override string Name => "ContentUpdatedEvent";
}
