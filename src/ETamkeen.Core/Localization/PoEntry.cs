namespace ETamkeen.Localization;

/// <summary>One translated message of a PO file: its context, source text(s) and translations (one per plural form).</summary>
public sealed record PoEntry(string? Context, string Id, string? IdPlural, IReadOnlyList<string> Translations)
{
    /// <summary>gettext's own separator between context and id, so keys never collide with real text.</summary>
    public const char ContextSeparator = '\u0004';

    public string Key => MakeKey(Context, Id);

    public static string MakeKey(string? context, string id) =>
        string.IsNullOrEmpty(context) ? id : context + ContextSeparator + id;
}
