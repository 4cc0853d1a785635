namespace ETamkeen.Localization;

/// <summary>A translation found for a string, with the plural rule of the file it came from.</summary>
public readonly record struct TranslationMatch(PoEntry Entry, PluralRule Rule)
{
    public string Text(long? count)
    {
        var translations = Entry.Translations;
        var form = count is null ? 0 : Math.Min(Rule.FormFor(count.Value), translations.Count - 1);

        // An empty form of a plural entry falls back to the last filled one rather than showing nothing.
        return translations[form] is { Length: > 0 } text ? text : translations.LastOrDefault(t => t.Length > 0) ?? "";
    }
}
