namespace ETamkeen.Contents;

/// <summary>Which version of an item a read wants.</summary>
public enum VersionOptions
{
    /// <summary>The published version, if any.</summary>
    Published,

    /// <summary>The newest version, draft or published.</summary>
    Latest,

    /// <summary>A new draft cloned from the latest version.</summary>
    DraftRequired,
}
