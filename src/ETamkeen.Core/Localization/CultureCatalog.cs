namespace ETamkeen.Localization;

/// <summary>The translations of one culture from one or more PO files, by context and msgid.</summary>
public sealed class CultureCatalog
{
    public static readonly CultureCatalog Empty = new("", []);

    private readonly Dictionary<string, PoEntry> _entries = new(StringComparer.Ordinal);

    public CultureCatalog(string culture, IEnumerable<PoDocument> documents)
    {
        Culture = culture;
        PluralRule = PluralRule.ForCulture(culture);
        foreach (var document in documents)
        {
            PluralRule = PluralFormsHeader.Resolve(document.PluralForms, culture);
            foreach (var entry in document.Entries)
            {
                _entries[entry.Key] = entry;
            }
        }
    }

    public string Culture { get; }

    public PluralRule PluralRule { get; }

    public int Count => _entries.Count;

    public IEnumerable<PoEntry> Entries => _entries.Values;

    /// <summary>The entry of that context, else the one without context, which applies to every context.</summary>
    public PoEntry? Find(string? context, string id) =>
        (context is { Length: > 0 } && _entries.TryGetValue(PoEntry.MakeKey(context, id), out var specific) ? specific : null)
        ?? _entries.GetValueOrDefault(id);
}
