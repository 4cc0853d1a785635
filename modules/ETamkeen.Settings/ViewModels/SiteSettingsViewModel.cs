namespace ETamkeen.Settings.ViewModels;

/// <summary>The settings form as typed, so that a refused form comes back with the user's values.</summary>
public sealed class SiteSettingsViewModel
{
    /// <summary>The cultures the portal is translated into; a site may also keep others set by API or recipe.</summary>
    public static readonly IReadOnlyList<string> PortalCultures = ["fr", "ar", "en"];

    public string SiteName { get; init; } = "";
    public string DefaultCulture { get; init; } = "";
    public IReadOnlyList<string> SupportedCultures { get; init; } = [];
    public string TimeZoneId { get; init; } = "";
    public string PageSize { get; init; } = "";
    public int Version { get; init; }

    /// <summary>The cultures offered: the portal's and any other the site has.</summary>
    public required IReadOnlyList<string> CultureChoices { get; init; }

    public required IReadOnlyList<string> TimeZones { get; init; }
}
