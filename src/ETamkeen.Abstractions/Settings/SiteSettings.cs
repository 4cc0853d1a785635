using ETamkeen.Data;

namespace ETamkeen.Settings;

/// <summary>A tenant's site-wide settings; one document per tenant.</summary>
[DocumentType("SiteSettings")]
public sealed class SiteSettings : IDocument
{
    public long Id { get; set; }
    public int Version { get; set; }

    public string SiteName { get; set; } = "e-TAMKEEN";
    public string DefaultCulture { get; set; } = "fr";
    public List<string> SupportedCultures { get; set; } = ["fr", "ar", "en"];
    public string TimeZoneId { get; set; } = "Africa/Casablanca";
    public int PageSize { get; set; } = 20;

    /// <summary>Settings sections that modules add (<c>settings</c> recipe step keys we keep as given).</summary>
    public Dictionary<string, System.Text.Json.Nodes.JsonNode?> Properties { get; set; } = [];
}
