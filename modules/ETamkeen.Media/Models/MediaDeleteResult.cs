namespace ETamkeen.Media.Models;

public enum MediaDeleteResult
{
    Deleted,
    NotFound,

    /// <summary>A folder that still holds files: deleting it whole is too easy a mistake.</summary>
    FolderNotEmpty,
}
