namespace ETamkeen.Workflows.Activities;

public sealed class ContentDeletedEvent : ContentEvent
{
    public override string Name => "ContentDeletedEvent";
}
