using System.Globalization;
using ETamkeen.Localization;
using ETamkeen.Settings;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Theme.Services;

public sealed record CultureLink(string Culture, string NativeName, string Direction, string Href, bool IsCurrent);

/// <summary>A <c>&lt;link rel="alternate" hreflang&gt;</c>: the same page in another culture, absolute as search engines want.</summary>
public sealed record AlternateLink(string HrefLang, string Href);

public sealed record MenuLink(string Text, string Href);

public sealed class ThemeLayoutModel
{
    public required string SiteName { get; init; }
    public required string Culture { get; init; }
    public required string Direction { get; init; }

    /// <summary>The page in each supported culture: its translation, else that culture's home.</summary>
    public required IReadOnlyList<CultureLink> Cultures { get; init; }

    /// <summary>Whether the tenant runs the search feature: the header then offers its search box.</summary>
    public bool SearchEnabled { get; init; }

    /// <summary>Empty unless the page said where its translations are.</summary>
    public IReadOnlyList<AlternateLink> Alternates { get; init; } = [];

    /// <summary>The tenant's <c>main-menu</c> Menu item; null when it has none, and the layout shows the sections.</summary>
    public IReadOnlyList<MenuLink>? Menu { get; init; }

    public string Home(HttpRequest request) => $"{request.PathBase}/{Culture}";
}

/// <summary>What the layout needs besides the page: culture and direction, the culture switcher, the menu.</summary>
public sealed class ThemeLayout(ISiteService site, IServiceProvider services)
{
    private const string LocalizationFeature = "ETamkeen.Localization";
    private const string SearchFeature = "ETamkeen.Search";

    /// <param name="pageCulture">The culture the page itself declares (a content item's, the home page's route), if any.</param>
    /// <param name="translations">Where the page is in other cultures (<see cref="PageTranslations"/>), if it said.</param>
    public async Task<ThemeLayoutModel> BuildAsync(HttpContext context, string? pageCulture, IReadOnlyDictionary<string, string>? translations = null)
    {
        var settings = await site.GetAsync(context.RequestAborted);
        var supported = settings.SupportedCultures.Count > 0 ? settings.SupportedCultures : [settings.DefaultCulture];
        var culture = Pick(pageCulture, supported)
            ?? Pick(CultureInfo.CurrentUICulture.Name, supported)
            ?? Pick(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, supported)
            ?? settings.DefaultCulture;
        var menu = services.GetService<IMainMenuSource>() is { } source ? await source.GetAsync(context, culture) : null;
        var features = services.GetService<EnabledFeatures>()?.Ids;
        var remembers = features?.Contains(LocalizationFeature) == true;
        var request = context.Request;
        return new ThemeLayoutModel
        {
            SiteName = settings.SiteName,
            Culture = culture,
            Direction = PortalCultures.Direction(culture),
            Cultures = [.. supported.Select(c => new CultureLink(
                c,
                PortalCultures.NativeName(c),
                PortalCultures.Direction(c),
                translations is null ? SwitchTo(request, c, supported, remembers) : Translated(request, c, translations),
                string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)))],
            SearchEnabled = features?.Contains(SearchFeature) == true,
            Alternates = translations is null ? [] : Alternates(request, supported, settings.DefaultCulture, translations),
            Menu = menu,
        };
    }

    private static string? Pick(string? culture, IEnumerable<string> supported) =>
        string.IsNullOrEmpty(culture) ? null : supported.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));

    /// <summary>The translation of the page, or the culture's home when it has none.</summary>
    private static string Translated(HttpRequest request, string culture, IReadOnlyDictionary<string, string> translations) =>
        translations.TryGetValue(culture, out var path) && path.Length > 0
            ? $"{request.PathBase}/{culture}/{path}"
            : $"{request.PathBase}/{culture}";

    private static IReadOnlyList<AlternateLink> Alternates(HttpRequest request, IEnumerable<string> supported, string defaultCulture, IReadOnlyDictionary<string, string> translations)
    {
        var root = $"{request.Scheme}://{request.Host}";
        var links = supported
            .Where(translations.ContainsKey)
            .Select(c => new AlternateLink(c, root + Translated(request, c, translations)))
            .ToList();
        if (links.Count < 2)
        {
            return [];
        }

        // x-default: where a visitor whose language isn't offered should land, the default culture's version.
        if (links.FirstOrDefault(l => string.Equals(l.HrefLang, defaultCulture, StringComparison.OrdinalIgnoreCase)) is { } fallback)
        {
            links.Add(fallback with { HrefLang = "x-default" });
        }

        return links;
    }

    /// <summary>
    /// The same path under another culture, for pages that didn't say where their translations
    /// are. A page without a culture segment (sign-in) goes through the localization feature's
    /// <c>set-culture</c>, which remembers the choice in a cookie and comes back; without that
    /// feature, to the culture's home page.
    /// </summary>
    private static string SwitchTo(HttpRequest request, string culture, IEnumerable<string> supported, bool remembers)
    {
        var path = request.Path.Value ?? "/";
        var segments = path.Split('/', 3);
        if (path == "/")
        {
            return $"{request.PathBase}/{culture}";
        }

        if (segments.Length > 1 && Pick(segments[1], supported) is not null)
        {
            return $"{request.PathBase}/{culture}{(segments.Length > 2 ? "/" + segments[2] : "")}";
        }

        var back = Uri.EscapeDataString($"{request.PathBase}{path}{request.QueryString}");
        return remembers
            ? $"{request.PathBase}/set-culture?culture={Uri.EscapeDataString(culture)}&returnUrl={back}"
            : $"{request.PathBase}/{culture}";
    }
}
