using ETamkeen.Contents;
using ETamkeen.Library.Models;

namespace ETamkeen.Library.ViewModels;

public sealed class LibraryMineViewModel
{
    public IReadOnlyList<LibraryMineRow> Rows { get; init; } = [];
}

public sealed record LibraryMineRow(ContentItem Item, LibraryReviewStatus Status, string? ReturnComment)
{
    public bool CanSubmit => Status is LibraryReviewStatus.Draft or LibraryReviewStatus.Returned;
}
