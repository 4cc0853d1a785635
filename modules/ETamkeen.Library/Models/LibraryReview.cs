namespace ETamkeen.Library.Models;

/// <summary>
/// The review state of one entry, a row of the module's own table: contributors must not be
/// able to change it by editing the item, and the queue filters on it.
/// </summary>
public sealed class LibraryReview
{
    public string ContentItemId { get; set; } = "";
    public string Status { get; set; } = nameof(LibraryReviewStatus.Draft);
    public string? SubmittedBy { get; set; }
    public DateTime? SubmittedUtc { get; set; }
    public string? ReturnComment { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedUtc { get; set; }

    public LibraryReviewStatus State => Enum.TryParse<LibraryReviewStatus>(Status, out var s) ? s : LibraryReviewStatus.Draft;
}
