using System.Text.Json.Nodes;
using ETamkeen.Settings;

namespace ETamkeen.AuditTrail.Models;

/// <summary>
/// How long events are kept, stored in the site settings under Orchard's section name so that
/// a recipe's <c>settings</c> step (<c>"AuditTrailTrimmingSettings": {"RetentionDays": 90}</c>)
/// sets it and an export carries it.
/// </summary>
public static class AuditTrailTrimmingSettings
{
    public const string Section = "AuditTrailTrimmingSettings";
    public const int DefaultRetentionDays = 365;
    public const int MaxRetentionDays = 36_500;

    public static int RetentionDays(SiteSettings site) =>
        site.Properties.TryGetValue(Section, out var node)
        && node is JsonObject section
        && section["RetentionDays"] is JsonValue value
        && value.TryGetValue<int>(out var days)
        && days is > 0 and <= MaxRetentionDays
            ? days
            : DefaultRetentionDays;

    public static void SetRetentionDays(SiteSettings site, int days)
    {
        var section = site.Properties.TryGetValue(Section, out var node) && node is JsonObject existing ? existing : [];
        section["RetentionDays"] = days;
        site.Properties[Section] = section;
    }
}
