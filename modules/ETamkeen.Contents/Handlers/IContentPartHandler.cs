using System.Text.Json.Nodes;
using ETamkeen.Contents.Metadata;

namespace ETamkeen.Contents.Handlers;

/// <summary>The code behind a part: normalises and validates its JSON before the item is stored.</summary>
public interface IContentPartHandler
{
    string PartName { get; }

    Task UpdatingAsync(ContentUpdateContext context, TypePartDefinition definition, JsonObject part);
}

/// <summary>The code behind a field kind (<c>TextField</c>, <c>NumericField</c>...).</summary>
public interface IContentFieldHandler
{
    string FieldName { get; }

    Task UpdatingAsync(FieldUpdateContext context);
}

/// <summary>Told after an item changes state: index tables are written by then, in the same transaction's wake.</summary>
public interface IContentEventHandler
{
    Task CreatedAsync(ContentItem item) => Task.CompletedTask;
    Task UpdatedAsync(ContentItem item) => Task.CompletedTask;
    Task PublishedAsync(ContentItem item) => Task.CompletedTask;
    Task UnpublishedAsync(ContentItem item) => Task.CompletedTask;
    Task RemovedAsync(ContentItem item) => Task.CompletedTask;
}
