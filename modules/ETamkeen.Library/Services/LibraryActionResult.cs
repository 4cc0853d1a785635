namespace ETamkeen.Library.Services;

/// <summary>What a step of the editorial flow gave; the pages turn it into a status and a message.</summary>
public enum LibraryActionResult
{
    Done,
    NotFound,
    Forbidden,

    /// <summary>The entry is not in a state that allows the step (e.g. publishing one never submitted).</summary>
    Conflict,

    /// <summary>What was sent is missing or wrong (a return without a comment).</summary>
    Invalid,
}
