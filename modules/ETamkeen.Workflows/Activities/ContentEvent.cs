using System.Text.Json.Nodes;

namespace ETamkeen.Workflows.Activities;

/// <summary>A content event (Orchard's <c>Content…Event</c>): the input carries the <c>ContentItem</c>; <c>ContentTypeFilter</c> limits the types.</summary>
public abstract class ContentEvent : EventActivity
{
    public override string Category => "Content";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("ContentTypeFilter", ActivityPropertyTypes.TextList, "The content types it reacts to; empty for every type.")];

    public override Task<bool> CanExecuteAsync(ActivityContext context)
    {
        var filter = context.List("ContentTypeFilter");
        var type = (context.Workflow.State.Input["ContentItem"] as JsonObject)?["ContentType"]?.GetValue<string>();
        return Task.FromResult(type is not null && (filter.Count == 0 || filter.Contains(type, StringComparer.Ordinal)));
    }
}
