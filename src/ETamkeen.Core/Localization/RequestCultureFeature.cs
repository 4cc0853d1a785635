namespace ETamkeen.Localization;

/// <summary>
/// Set on a request by the culture selection (ETamkeen.Localization): the tenant's default
/// culture, which a missing translation falls back to, and where the request's culture came from.
/// </summary>
public sealed class RequestCultureFeature(string defaultCulture, string culture, string source)
{
    public string DefaultCulture { get; } = defaultCulture;
    public string Culture { get; } = culture;

    /// <summary>"url", "query", "cookie", "header" or "default".</summary>
    public string Source { get; } = source;
}
