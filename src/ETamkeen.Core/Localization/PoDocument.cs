namespace ETamkeen.Localization;

/// <summary>A parsed PO file: its translated entries and its header fields.</summary>
public sealed class PoDocument(IReadOnlyList<PoEntry> entries, IReadOnlyDictionary<string, string> headers)
{
    public IReadOnlyList<PoEntry> Entries { get; } = entries;
    public IReadOnlyDictionary<string, string> Headers { get; } = headers;

    public string? PluralForms => Headers.TryGetValue("Plural-Forms", out var value) ? value : null;
}
