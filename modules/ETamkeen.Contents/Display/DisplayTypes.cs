namespace ETamkeen.Contents.Display;

/// <summary>
/// Orchard's display types. <c>Detail</c> is the page and adds no segment to view names;
/// the others add theirs (<c>TitlePart.Summary</c>, <c>TextField.Edit</c>).
/// </summary>
public static class DisplayTypes
{
    public const string Detail = "Detail";
    public const string Summary = "Summary";
    public const string Edit = "Edit";
}
