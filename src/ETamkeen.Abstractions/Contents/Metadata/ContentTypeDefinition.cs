using System.Text.Json.Nodes;

namespace ETamkeen.Contents.Metadata;

/// <summary>A type with its parts and their fields resolved, ordered by position: what editors, validation and display read.</summary>
public sealed class ContentTypeDefinition
{
    public required string Name { get; init; }
    public required string DisplayName { get; init; }
    public required JsonObject Settings { get; init; }
    public required IReadOnlyList<TypePartDefinition> Parts { get; init; }

    public bool Creatable => Flag("Creatable");
    public bool Listable => Flag("Listable");
    public bool Draftable => Flag("Draftable");
    public bool Versionable => Flag("Versionable");
    public bool Securable => Flag("Securable");

    public TypePartDefinition? Part(string name) => Parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    public bool HasPart(string partName) => Parts.Any(p => string.Equals(p.PartName, partName, StringComparison.Ordinal));

    /// <summary>A part's settings section, e.g. <c>PartSettings("AutoroutePart", "AutoroutePartSettings")</c>.</summary>
    public JsonObject? PartSettings(string partName, string section) =>
        Parts.FirstOrDefault(p => p.PartName == partName)?.Settings[section] as JsonObject;

    private bool Flag(string name) =>
        Settings["ContentTypeSettings"] is JsonObject s && s[name] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
}

public sealed class TypePartDefinition
{
    public required string Name { get; init; }
    public required string PartName { get; init; }
    public required JsonObject Settings { get; init; }
    public required IReadOnlyList<PartFieldDefinition> Fields { get; init; }
    public double Position { get; init; }

    public string DisplayName => Settings["ContentTypePartSettings"]?["DisplayName"]?.GetValue<string>() ?? Name;
}

public sealed class PartFieldDefinition
{
    public required string Name { get; init; }
    public required string FieldName { get; init; }
    public required JsonObject Settings { get; init; }
    public double Position { get; init; }

    public string DisplayName => Settings["ContentPartFieldSettings"]?["DisplayName"]?.GetValue<string>() ?? Name;

    /// <summary>A field settings section such as <c>TextFieldSettings</c>.</summary>
    public JsonObject? Section(string name) => Settings[name] as JsonObject;
}
