namespace ETamkeen.Contents.ViewModels;

/// <summary>An editor generated from a content type: its groups of inputs, in the type's order.</summary>
public sealed class ContentEditorViewModel
{
    public required string ContentType { get; init; }
    public required string TypeDisplayName { get; init; }
    public string? ContentItemId { get; init; }
    public string? ContentItemVersionId { get; init; }
    public bool Published { get; init; }
    public bool HasDraft { get; init; }
    public bool Draftable { get; init; }
    public string? PublicPath { get; init; }
    public required IReadOnlyList<EditorGroup> Groups { get; init; }
    public IReadOnlyList<string> GeneralErrors { get; init; } = [];

    /// <summary>Null for a type without translations or a new item.</summary>
    public ContentTranslationsViewModel? Translations { get; init; }
}

public sealed record EditorGroup(string Name, string Label, IReadOnlyList<EditorInput> Inputs);

/// <summary>
/// One input: <see cref="Name"/> is the form key (<c>Part.Property</c> or <c>Part.Field.Property</c>);
/// <see cref="ErrorKey"/> is the key validation reports under.
/// </summary>
public sealed record EditorInput(
    string Name,
    string Label,
    string Kind,
    string? Value,
    string ErrorKey,
    bool Required = false,
    string? Hint = null,
    IReadOnlyList<string>? Options = null)
{
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>A form id safe for <c>label for</c>.</summary>
    public string Id => "f_" + Name.Replace('.', '_');
}
