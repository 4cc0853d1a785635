namespace ETamkeen.Workflows.Activities;

public sealed class ContentUnpublishedEvent : ContentEvent
{
    public override string Name => "ContentUnpublishedEvent";
}
