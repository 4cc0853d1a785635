namespace ETamkeen.Search.Models;

/// <summary>The Lucene field names, Orchard's where it has one, so that its queries read ours.</summary>
public static class IndexFields
{
    public const string ContentItemId = "ContentItemId";
    public const string ContentItemVersionId = "ContentItemVersionId";
    public const string ContentType = "Content.ContentItem.ContentType";
    public const string DisplayText = "Content.ContentItem.DisplayText";
    public const string FullText = "Content.ContentItem.FullText";
    public const string Culture = "Content.LocalizationPart.Culture";

    /// <summary>The culture keyword of an item without one: a culture filter keeps it, since it is for everyone.</summary>
    public const string NoCulture = "-";
    public const string Url = "Content.AutoroutePart.Path";
    public const string PublishedUtc = "Content.ContentItem.PublishedUtc";

    /// <summary>The keyword a facet filter matches, and (as doc values) what its counts are made of.</summary>
    public static string Facet(string name) => "facet." + name;

    /// <summary>The facet every index has, whatever its settings say.</summary>
    public const string TypeFacet = "type";
}
