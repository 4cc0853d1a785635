using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ETamkeen.Localization.Services;

/// <summary>
/// Which of the site's cultures a request gets: the first URL segment (after the tenant's
/// prefix) when it names one, then <c>?culture=</c> (the theme's switcher on pages without a
/// culture segment, such as sign-in), then the visitor's cookie, then Accept-Language, then
/// the site's default. Anything else a visitor sends is ignored, never an error.
/// </summary>
public static class CultureSelector
{
    public const string CookieName = "etk_culture";
    public const string QueryName = "culture";

    public static (string Culture, string Source) Select(HttpRequest request, string defaultCulture, IReadOnlyList<string> supported)
    {
        var segment = FirstSegment(request.Path);
        if (Supported(segment, supported) is { } fromUrl)
        {
            return (fromUrl, "url");
        }

        if (request.Query.TryGetValue(QueryName, out var query) && Supported(query.FirstOrDefault(), supported) is { } fromQuery)
        {
            return (fromQuery, "query");
        }

        if (request.Cookies.TryGetValue(CookieName, out var cookie) && Supported(cookie, supported) is { } fromCookie)
        {
            return (fromCookie, "cookie");
        }

        if (FromAcceptLanguage(request, supported) is { } fromHeader)
        {
            return (fromHeader, "header");
        }

        return (defaultCulture, "default");
    }

    /// <summary>The supported culture with that exact name, or else with that language ("ar-MA" → "ar").</summary>
    public static string? Supported(string? name, IReadOnlyList<string> supported)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 20)
        {
            return null;
        }

        var exact = supported.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var language = name.Split('-', 2)[0];
        return supported.FirstOrDefault(c => string.Equals(c.Split('-', 2)[0], language, StringComparison.OrdinalIgnoreCase));
    }

    private static string? FromAcceptLanguage(HttpRequest request, IReadOnlyList<string> supported)
    {
        IList<StringWithQualityHeaderValue> languages;
        try
        {
            languages = request.GetTypedHeaders().AcceptLanguage;
        }
        catch (FormatException)
        {
            return null;
        }

        return languages
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Supported(l.Value.Value, supported))
            .FirstOrDefault(c => c is not null);
    }

    private static string? FirstSegment(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value.Length < 2)
        {
            return null;
        }

        var end = value.IndexOf('/', 1);
        var segment = end < 0 ? value[1..] : value[1..end];

        // Only a language tag can name a culture; "/admin" or "/login" are paths.
        return segment.Length is >= 2 and <= 10 && segment.All(c => char.IsAsciiLetter(c) || c == '-') ? segment : null;
    }
}
