namespace ETamkeen.Contents.Display;

/// <summary>Orchard's zones of a content item's layout, in the order the default layout renders them.</summary>
public static class Zones
{
    public const string Header = "Header";
    public const string Meta = "Meta";
    public const string Content = "Content";
    public const string Footer = "Footer";

    /// <summary>Where a zone comes in the layout: the known ones first, any other after them by name.</summary>
    public static int Rank(string zone) => zone switch
    {
        Header => 0,
        Meta => 1,
        Content => 2,
        Footer => 3,
        _ => 4,
    };
}
