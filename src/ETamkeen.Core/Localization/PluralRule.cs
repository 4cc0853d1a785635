namespace ETamkeen.Localization;

/// <summary>Which plural form (msgstr[n]) a count takes in a language.</summary>
public sealed class PluralRule(int forms, Func<long, int> select)
{
    /// <summary>Arabic has the most forms of the languages gettext knows.</summary>
    public const int MaxForms = 6;

    public static readonly PluralRule French = new(2, n => n > 1 ? 1 : 0);
    public static readonly PluralRule English = new(2, n => n != 1 ? 1 : 0);
    public static readonly PluralRule Arabic = new(6, n => (n, n % 100) switch
    {
        (0, _) => 0,
        (1, _) => 1,
        (2, _) => 2,
        (_, >= 3 and <= 10) => 3,
        (_, >= 11 and <= 99) => 4,
        _ => 5,
    });

    public static readonly PluralRule Single = new(1, _ => 0);

    public int Forms { get; } = forms;

    public int FormFor(long count) => select(Math.Abs(count));

    /// <summary>The rule of a language: our built-in ones; English's for the others (and the source text).</summary>
    public static PluralRule ForCulture(string culture)
    {
        var language = culture.Split('-', 2)[0].ToLowerInvariant();
        return language switch
        {
            "fr" => French,
            "ar" => Arabic,
            "zh" or "ja" or "ko" or "vi" or "th" or "id" => Single,
            _ => English,
        };
    }
}
