using ETamkeen.AuditTrail;
using ETamkeen.Features.Models;
using ETamkeen.Modules;
using ETamkeen.Shells;

namespace ETamkeen.Features.Services;

/// <summary>
/// Lists the features a tenant may have and switches them through <see cref="IShellFeatures"/>,
/// recording each feature switched in the audit trail. The API and the admin page share it.
/// </summary>
public sealed class TenantFeatures(IModuleCatalog catalog, IShellFeatures features, ShellSettings shell, IEnumerable<IAuditTrail> audit)
{
    public IReadOnlyList<FeatureEntry> List()
    {
        var visible = catalog.Features.Where(f => !f.DefaultTenantOnly || shell.IsDefault).ToList();
        return
        [
            .. visible.Select(f => new FeatureEntry(
                f,
                IsEnabled(f.Id),
                [.. f.Dependencies.Where(d => !IsKernel(d))],
                [.. visible.Where(o => !IsKernel(f.Id) && o.Dependencies.Contains(f.Id, StringComparer.OrdinalIgnoreCase)).Select(o => o.Id)])),
        ];
    }

    /// <summary>Any feature of the catalogue: one this tenant can't have is refused by the change, with the reason.</summary>
    public FeatureInfo? Find(string id) => catalog.Find(id);

    /// <summary>The features that disabling <paramref name="id"/> would switch off with it, itself included.</summary>
    public IReadOnlyList<FeatureInfo> DisabledWith(string id) =>
        [.. catalog.WithDependants([id]).Where(f => IsEnabled(f.Id))];

    /// <exception cref="FeatureChangeException">The change can't be made; the message says why.</exception>
    public async Task<FeatureChange> EnableAsync(string id)
    {
        var change = await features.EnableAsync([id]);
        await RecordAsync(id, "Enabled", change.Enabled);
        return change;
    }

    /// <exception cref="FeatureChangeException">The change can't be made; the message says why.</exception>
    public async Task<FeatureChange> DisableAsync(string id)
    {
        var change = await features.DisableAsync([id]);
        await RecordAsync(id, "Disabled", change.Disabled);
        return change;
    }

    public bool IsEnabled(string id) => features.Enabled.Contains(id);

    public string NameOf(string id) => catalog.Find(id)?.Name ?? id;

    private static bool IsKernel(string id) => string.Equals(id, CoreFeature.Id, StringComparison.OrdinalIgnoreCase);

    /// <summary>One event per feature switched, so that filtering by a feature finds it even when another one pulled it in.</summary>
    private async Task RecordAsync(string requested, string action, IReadOnlyList<string> switched)
    {
        foreach (var id in switched)
        {
            var requestedOne = string.Equals(id, requested, StringComparison.OrdinalIgnoreCase);
            var details = requestedOne
                ? AuditEvent.Json(new { also = switched.Where(s => !string.Equals(s, requested, StringComparison.OrdinalIgnoreCase)) })
                : AuditEvent.Json(new { with = requested });
            await audit.RecordAsync(new AuditEvent(AuditCategories.Feature, action, id) { SubjectDisplay = NameOf(id), Details = details });
        }
    }
}
