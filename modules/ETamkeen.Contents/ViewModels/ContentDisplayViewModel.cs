using ETamkeen.Contents.Display;

namespace ETamkeen.Contents.ViewModels;

/// <summary>An item to show: its shapes for one display type (from <c>ContentDisplayBuilder.Build</c>), not yet placed.</summary>
public sealed class ContentDisplayViewModel
{
    public required ContentItem Item { get; init; }
    public required string Culture { get; init; }
    public required IReadOnlyList<ContentShape> Sections { get; init; }
}
