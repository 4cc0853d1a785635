namespace ETamkeen.Library.Models;

/// <summary>Where an entry is in its editorial flow; stored by name.</summary>
public enum LibraryReviewStatus
{
    Draft,
    Submitted,
    Returned,
    Published,
}
