using ETamkeen.Contents.Handlers;

namespace ETamkeen.Contents.Translations;

/// <summary>
/// Per shell: localization set → culture → published path, so that the culture switcher and
/// <c>hreflang</c> links of a page read no database once warm.
/// </summary>
public sealed class TranslationLinksCache() : ContentChangeCache<IReadOnlyDictionary<string, string>>(Capacity)
{
    /// <summary>Sets kept at most; each is a handful of short strings.</summary>
    public const int Capacity = 8192;
}
