namespace ETamkeen.Workflows.Activities;

public sealed class ContentPublishedEvent : ContentEvent
{
    public override string Name => "ContentPublishedEvent";
}
