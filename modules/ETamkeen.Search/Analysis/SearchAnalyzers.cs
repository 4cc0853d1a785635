namespace ETamkeen.Search.Analysis;

/// <summary>
/// Analyzer names as index settings give them: ours (<c>french</c>, <c>arabic</c>, <c>english</c>,
/// <c>standard</c>) and Orchard's (<c>standardanalyzer</c>, <c>frenchanalyzer</c>...).
/// </summary>
public static class SearchAnalyzers
{
    public static readonly IReadOnlyList<string> Names = ["standard", "french", "arabic", "english"];

    public static bool TryParse(string? name, out SearchLanguage language)
    {
        var key = (name ?? "standard").Trim().ToLowerInvariant();
        if (key.EndsWith("analyzer", StringComparison.Ordinal))
        {
            key = key[..^"analyzer".Length];
        }

        language = key switch
        {
            "" or "standard" => SearchLanguage.Standard,
            "french" or "fr" => SearchLanguage.French,
            "arabic" or "ar" => SearchLanguage.Arabic,
            "english" or "en" => SearchLanguage.English,
            _ => (SearchLanguage)(-1),
        };
        return Enum.IsDefined(language);
    }

    public static string NameOf(SearchLanguage language) => language.ToString().ToLowerInvariant();

    public static PortalAnalyzer Create(string? name) =>
        new(TryParse(name, out var language) ? language : SearchLanguage.Standard);
}
