namespace ETamkeen.Contents.Display;

/// <summary>
/// Where shapes go when no placement rule says otherwise: the title in <c>Header:1</c>, every
/// other part and field in <c>Content:5.{n}</c> in the type's order (n counts parts and their
/// fields from 1). A summary is a title and fields: bodies, lists and picked items stay on
/// the item's own page (and a summary never nests summaries by default).
/// </summary>
public static class DefaultPlacement
{
    private static readonly HashSet<string> NotInSummary = new(StringComparer.Ordinal)
    {
        "HtmlBodyPart", "MarkdownBodyPart", "ListPart", "TaxonomyPart", "ContentPickerField",
    };

    public static Placement For(string shapeType, string displayType, int index)
    {
        if (shapeType == "TitlePart")
        {
            return new Placement(Zones.Header, "1");
        }

        if (displayType == DisplayTypes.Summary && NotInSummary.Contains(shapeType))
        {
            return Placement.Hidden;
        }

        return new Placement(Zones.Content, "5." + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
