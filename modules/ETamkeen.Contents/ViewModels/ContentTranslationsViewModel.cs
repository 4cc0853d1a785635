namespace ETamkeen.Contents.ViewModels;

/// <summary>The translations panel of an editor, and the source shown beside it when translating.</summary>
public sealed class ContentTranslationsViewModel
{
    /// <summary>The edited item's culture.</summary>
    public required string Culture { get; init; }

    /// <summary>One per site language, in the site's order.</summary>
    public required IReadOnlyList<TranslationLink> Links { get; init; }

    /// <summary>The version being translated from, read-only beside the editor; null outside side-by-side editing.</summary>
    public SourceVersion? Source { get; init; }
}

/// <param name="ContentItemId">The translation in that culture; null when there is none yet.</param>
public sealed record TranslationLink(string Culture, string NativeName, string? ContentItemId, bool Published, bool IsCurrent);

public sealed record SourceVersion(string ContentItemId, string Culture, string NativeName, string Direction, IReadOnlyList<EditorGroup> Groups);
