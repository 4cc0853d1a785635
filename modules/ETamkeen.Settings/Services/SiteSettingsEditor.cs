using ETamkeen.AuditTrail;
using ETamkeen.Data;
using ETamkeen.Settings.Models;

namespace ETamkeen.Settings.Services;

/// <summary>
/// Validates and applies a change to the site settings, for the API and the admin page alike,
/// and records what changed (old and new values) in the audit trail.
/// </summary>
public sealed class SiteSettingsEditor(ISiteService site, IEnumerable<IAuditTrail> audit)
{
    /// <summary>The errors by field (the model's messages), empty when the change was saved.</summary>
    /// <exception cref="ConcurrencyException"><see cref="SiteSettingsModel.Version"/> is not the stored version any more.</exception>
    public async Task<Dictionary<string, string[]>> UpdateAsync(SiteSettingsModel model, CancellationToken cancellationToken = default)
    {
        var errors = model.Validate();
        if (errors.Count > 0)
        {
            return errors;
        }

        SiteSettingsModel? before = null;
        await site.UpdateAsync(s =>
        {
            if (model.Version is { } expected && expected != s.Version)
            {
                throw new ConcurrencyException($"The settings changed since version {expected} was read (now {s.Version}).");
            }

            before = Snapshot(s);
            s.SiteName = model.SiteName?.Trim() ?? s.SiteName;
            s.SupportedCultures = model.SupportedCultures ?? s.SupportedCultures;
            s.DefaultCulture = model.DefaultCulture ?? s.DefaultCulture;
            if (!s.SupportedCultures.Contains(s.DefaultCulture, StringComparer.OrdinalIgnoreCase))
            {
                s.SupportedCultures.Insert(0, s.DefaultCulture);
            }

            s.TimeZoneId = model.TimeZoneId ?? s.TimeZoneId;
            s.PageSize = model.PageSize ?? s.PageSize;
        }, cancellationToken);

        var changes = Changes(before!, Snapshot(await site.GetAsync(cancellationToken)));
        if (changes.Count > 0)
        {
            await audit.RecordAsync(
                new AuditEvent(AuditCategories.Settings, "Updated", "SiteSettings") { SubjectDisplay = "Site settings", Details = AuditEvent.Json(changes) },
                cancellationToken);
        }

        return errors;
    }

    /// <summary>A copy that later changes to the stored settings don't reach.</summary>
    private static SiteSettingsModel Snapshot(SiteSettings s)
    {
        var copy = SiteSettingsModel.From(s);
        copy.SupportedCultures = [.. s.SupportedCultures];
        return copy;
    }

    /// <summary>Each changed setting as <c>[old, new]</c>, under the API's field names.</summary>
    private static Dictionary<string, string[]> Changes(SiteSettingsModel before, SiteSettingsModel after)
    {
        var changes = new Dictionary<string, string[]>();
        void Compare(string field, string? old, string? now)
        {
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                changes[field] = [old ?? "", now ?? ""];
            }
        }

        Compare("siteName", before.SiteName, after.SiteName);
        Compare("defaultCulture", before.DefaultCulture, after.DefaultCulture);
        Compare("supportedCultures", string.Join(",", before.SupportedCultures ?? []), string.Join(",", after.SupportedCultures ?? []));
        Compare("timeZoneId", before.TimeZoneId, after.TimeZoneId);
        Compare("pageSize", before.PageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture), after.PageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return changes;
    }
}
