using System.Text.Json.Nodes;
using ETamkeen.Settings;

namespace ETamkeen.Deployment;

/// <summary>
/// A <c>settings</c> step in the shape <see cref="Recipes.SettingsStep"/> reads: the typed
/// site properties, then every section modules or recipes stored, as they were stored.
/// </summary>
public sealed class SettingsDeploymentSource(ISiteService site) : IDeploymentSource
{
    private const string Localization = "LocalizationSettings";

    public int Order => 10;

    public async Task ExportAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = await site.GetAsync(cancellationToken);
        var step = new JsonObject
        {
            ["name"] = "settings",
            ["SiteName"] = settings.SiteName,
            ["TimeZoneId"] = settings.TimeZoneId,
            ["PageSize"] = settings.PageSize,
        };

        // The stored section may hold more than cultures (an Orchard recipe's extras); the
        // typed values win because the settings API changes them without touching the section.
        var localization = new JsonObject();
        foreach (var (key, value) in settings.Properties)
        {
            if (string.Equals(key, Localization, StringComparison.OrdinalIgnoreCase))
            {
                localization = value?.DeepClone() as JsonObject ?? localization;
            }
            else if (!step.ContainsKey(key))
            {
                step[key] = value?.DeepClone();
            }
        }

        localization["DefaultCulture"] = settings.DefaultCulture;
        localization["SupportedCultures"] = new JsonArray([.. settings.SupportedCultures.Select(c => JsonValue.Create(c))]);
        step[Localization] = localization;
        context.Steps.Add(step);
    }
}
