namespace ETamkeen.Workflows.Activities;

public sealed class ContentCreatedEvent : ContentEvent
{
    public override string Name => "ContentCreatedEvent";
}
