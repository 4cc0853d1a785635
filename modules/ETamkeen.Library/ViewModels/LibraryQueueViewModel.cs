using ETamkeen.Contents;
using ETamkeen.Library.Models;

namespace ETamkeen.Library.ViewModels;

public sealed class LibraryQueueViewModel
{
    public LibraryReviewStatus Status { get; init; }
    public string? Type { get; init; }
    public string? Query { get; init; }
    public IReadOnlyList<LibraryQueueRow> Rows { get; init; } = [];
}

public sealed record LibraryQueueRow(ContentItem Item, LibraryReview Review);
