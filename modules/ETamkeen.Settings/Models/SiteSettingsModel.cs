namespace ETamkeen.Settings.Models;

/// <summary>What <c>GET/PUT /api/site</c> exchange. <see cref="Version"/> guards against lost updates.</summary>
public sealed class SiteSettingsModel
{
    /// <summary>Also what the admin page says of a page size that isn't a number.</summary>
    public const string PageSizeMessage = "The page size is from 1 to 500.";

    public string? SiteName { get; set; }
    public string? DefaultCulture { get; set; }
    public List<string>? SupportedCultures { get; set; }
    public string? TimeZoneId { get; set; }
    public int? PageSize { get; set; }
    public int? Version { get; set; }

    public static SiteSettingsModel From(SiteSettings s) => new()
    {
        SiteName = s.SiteName,
        DefaultCulture = s.DefaultCulture,
        SupportedCultures = s.SupportedCultures,
        TimeZoneId = s.TimeZoneId,
        PageSize = s.PageSize,
        Version = s.Version,
    };

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (SiteName is not null && (SiteName.Trim().Length == 0 || SiteName.Length > 200))
        {
            errors["siteName"] = ["The site name has 1 to 200 characters."];
        }

        var cultures = SupportedCultures ?? [];
        if (cultures.Any(c => !IsCulture(c)))
        {
            errors["supportedCultures"] = ["Each culture is a known code such as fr, ar or en."];
        }

        if (DefaultCulture is not null && !IsCulture(DefaultCulture))
        {
            errors["defaultCulture"] = ["The default culture is a known code such as fr, ar or en."];
        }

        if (TimeZoneId is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out _))
        {
            errors["timeZoneId"] = [$"Unknown time zone '{TimeZoneId}'."];
        }

        if (PageSize is not null and not (> 0 and <= 500))
        {
            errors["pageSize"] = [PageSizeMessage];
        }

        return errors;
    }

    private static bool IsCulture(string code)
    {
        try
        {
            return code.Length is >= 2 and <= 10 && System.Globalization.CultureInfo.GetCultureInfo(code, predefinedOnly: true).Name.Length > 0;
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return false;
        }
    }
}
