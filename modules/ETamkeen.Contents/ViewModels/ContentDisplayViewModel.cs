using Microsoft.AspNetCore.Html;

namespace ETamkeen.Contents.ViewModels;

public sealed class ContentDisplayViewModel
{
    public required ContentItem Item { get; init; }
    public required string Culture { get; init; }
    public required IReadOnlyList<DisplaySection> Sections { get; init; }
}

/// <summary>A rendered part or field: its label (null for bodies) and safe HTML.</summary>
public sealed record DisplaySection(string Name, string? Label, IHtmlContent Html);
