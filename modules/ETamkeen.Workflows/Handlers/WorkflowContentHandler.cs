using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Contents.Handlers;
using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Services;

namespace ETamkeen.Workflows.Handlers;

/// <summary>Raises the content events as workflow events, with the item as input and its id as correlation id (as Orchard does).</summary>
public sealed class WorkflowContentHandler(IWorkflowManager workflows) : IContentEventHandler
{
    public Task CreatedAsync(ContentItem item) => TriggerAsync(nameof(ContentCreatedEvent), item);

    public Task UpdatedAsync(ContentItem item) => TriggerAsync(nameof(ContentUpdatedEvent), item);

    public Task PublishedAsync(ContentItem item) => TriggerAsync(nameof(ContentPublishedEvent), item);

    public Task UnpublishedAsync(ContentItem item) => TriggerAsync(nameof(ContentUnpublishedEvent), item);

    public Task RemovedAsync(ContentItem item) => TriggerAsync(nameof(ContentDeletedEvent), item);

    private Task TriggerAsync(string name, ContentItem item) =>
        workflows.TriggerEventAsync(name, new JsonObject { ["ContentItem"] = ContentTaskHelpers.ToJson(item) }, item.ContentItemId);
}
