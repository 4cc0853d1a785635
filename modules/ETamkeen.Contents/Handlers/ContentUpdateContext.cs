using System.Text.Json.Nodes;
using ETamkeen.Contents.Metadata;

namespace ETamkeen.Contents.Handlers;

/// <summary>An item on its way to storage: handlers normalise its parts and report what's wrong.</summary>
public sealed class ContentUpdateContext
{
    public required ContentItem Item { get; init; }
    public required ContentTypeDefinition Type { get; init; }

    /// <summary>The latest stored version, when the item exists already.</summary>
    public ContentItem? Previous { get; init; }

    public required ContentResult Result { get; init; }

    /// <summary>A recipe or backup being imported: references may point at items imported later.</summary>
    public bool IsImport { get; init; }

    public void Error(string key, string message) => Result.Add(key, message);
}

/// <summary>One field of an item on its way to storage.</summary>
public sealed class FieldUpdateContext
{
    public required ContentUpdateContext Content { get; init; }
    public required TypePartDefinition Part { get; init; }
    public required PartFieldDefinition Field { get; init; }
    public required JsonObject Value { get; init; }

    /// <summary>Where errors are reported: <c>Part.Field</c>, as the API and editor show them.</summary>
    public string Key => $"{Part.Name}.{Field.Name}";

    public string Label => Field.DisplayName;

    public JsonObject? Settings(string section) => Field.Section(section);

    public void Error(string message) => Content.Error(Key, message);
}
