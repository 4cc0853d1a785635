namespace ETamkeen.Localization;

/// <summary>
/// How a page tells the layout where it is in other cultures: <c>ViewData[ViewDataKey]</c> holds
/// an <c>IReadOnlyDictionary&lt;string, string&gt;</c> of culture → path without the culture
/// (<c>"a-propos"</c>; <c>""</c> for that culture's home). The theme turns it into the culture
/// switcher's links and <c>hreflang</c> alternates; a culture missing from it has no translation.
/// </summary>
public static class PageTranslations
{
    public const string ViewDataKey = "etk.PageTranslations";
}
