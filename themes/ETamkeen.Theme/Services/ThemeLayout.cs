using System.Globalization;
using ETamkeen.Settings;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Theme.Services;

public sealed record CultureLink(string Culture, string NativeName, string Direction, string Href, bool IsCurrent);

public sealed record MenuLink(string Text, string Href);

public sealed class ThemeLayoutModel
{
    public required string SiteName { get; init; }
    public required string Culture { get; init; }
    public required string Direction { get; init; }

    /// <summary>The page's own path in each supported culture.</summary>
    public required IReadOnlyList<CultureLink> Cultures { get; init; }

    /// <summary>The tenant's <c>main-menu</c> Menu item; null when it has none, and the layout shows the sections.</summary>
    public IReadOnlyList<MenuLink>? Menu { get; init; }

    public string Home(HttpRequest request) => $"{request.PathBase}/{Culture}";
}

/// <summary>What the layout needs besides the page: culture and direction, the culture switcher, the menu.</summary>
public sealed class ThemeLayout(ISiteService site, IServiceProvider services)
{
    private const string LocalizationFeature = "ETamkeen.Localization";

    private static readonly Dictionary<string, string> _nativeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fr"] = "Français",
        ["ar"] = "العربية",
        ["en"] = "English",
    };

    /// <param name="pageCulture">The culture the page itself declares (a content item's, the home page's route), if any.</param>
    public async Task<ThemeLayoutModel> BuildAsync(HttpContext context, string? pageCulture)
    {
        var settings = await site.GetAsync(context.RequestAborted);
        var supported = settings.SupportedCultures.Count > 0 ? settings.SupportedCultures : [settings.DefaultCulture];
        var culture = Pick(pageCulture, supported)
            ?? Pick(CultureInfo.CurrentUICulture.Name, supported)
            ?? Pick(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, supported)
            ?? settings.DefaultCulture;
        var menu = services.GetService<IMainMenuSource>() is { } source ? await source.GetAsync(context, culture) : null;
        var remembers = services.GetService<EnabledFeatures>()?.Ids.Contains(LocalizationFeature) == true;
        return new ThemeLayoutModel
        {
            SiteName = settings.SiteName,
            Culture = culture,
            Direction = DirectionOf(culture),
            Cultures = [.. supported.Select(c => new CultureLink(c, _nativeNames.GetValueOrDefault(c, c), DirectionOf(c), SwitchTo(context.Request, c, supported, remembers), string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)))],
            Menu = menu,
        };
    }

    public static string DirectionOf(string culture) =>
        culture.StartsWith("ar", StringComparison.OrdinalIgnoreCase) || culture.StartsWith("he", StringComparison.OrdinalIgnoreCase) ? "rtl" : "ltr";

    private static string? Pick(string? culture, IEnumerable<string> supported) =>
        string.IsNullOrEmpty(culture) ? null : supported.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The same path under another culture. Until content translations are linked, a page's
    /// translation is assumed at the same path. A page without a culture segment (sign-in)
    /// goes through the localization feature's <c>set-culture</c>, which remembers the choice in
    /// a cookie and comes back; without that feature, to the culture's home page.
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
