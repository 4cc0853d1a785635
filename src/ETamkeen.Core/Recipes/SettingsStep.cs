using System.Text.Json.Nodes;
using ETamkeen.Settings;

namespace ETamkeen.Recipes;

/// <summary>
/// Orchard's <c>settings</c> step: site properties at the top level (<c>SiteName</c>,
/// <c>TimeZoneId</c>, <c>PageSize</c>, <c>LocalizationSettings</c>...). Sections we don't use
/// yet are kept, so an export gives them back; a section an enabled feature stores itself
/// (<see cref="ISettingsSection"/>) goes to that feature, before the site is changed.
/// </summary>
public sealed class SettingsStep(ISiteService site, IEnumerable<ISettingsSection> sections) : IRecipeStepHandler
{
    public IEnumerable<string> Names => ["settings"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var owned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in context.Step)
        {
            if (sections.FirstOrDefault(s => string.Equals(s.Name, key, StringComparison.OrdinalIgnoreCase)) is { } section)
            {
                await section.ImportAsync(value, context, cancellationToken);
                owned.Add(key);
            }
        }

        if (owned.Count > 0 && context.Step.Count(p => !owned.Contains(p.Key)) == 1)
        {
            // Only "name" is left: no needless new version of the site's settings.
            return;
        }

        await site.UpdateAsync(settings =>
        {
            foreach (var (key, value) in context.Step.Where(p => !owned.Contains(p.Key)))
            {
                switch (key.ToUpperInvariant())
                {
                    case "NAME":
                        break;
                    case "SITENAME":
                        settings.SiteName = Text(value, key);
                        break;
                    case "TIMEZONEID" or "TIMEZONE":
                        settings.TimeZoneId = TimeZone(Text(value, key));
                        break;
                    case "PAGESIZE":
                        settings.PageSize = value is JsonValue v && v.TryGetValue<int>(out var size) && size is > 0 and <= 500
                            ? size
                            : throw new RecipeException("PageSize must be a whole number from 1 to 500.");
                        break;
                    case "LOCALIZATIONSETTINGS" when value is JsonObject localization:
                        ApplyCultures(settings, localization);
                        settings.Properties[key] = value.DeepClone();
                        break;
                    default:
                        settings.Properties[key] = value?.DeepClone();
                        break;
                }
            }
        }, cancellationToken);
    }

    private static void ApplyCultures(SiteSettings settings, JsonObject localization)
    {
        var supported = RecipeParser.Strings(localization, "SupportedCultures").ToList();
        var defaultCulture = RecipeParser.String(localization, "DefaultCulture") ?? supported.FirstOrDefault() ?? settings.DefaultCulture;
        if (supported.Count > 0)
        {
            settings.SupportedCultures = supported;
        }

        if (!settings.SupportedCultures.Contains(defaultCulture, StringComparer.OrdinalIgnoreCase))
        {
            settings.SupportedCultures.Insert(0, defaultCulture);
        }

        settings.DefaultCulture = defaultCulture;
    }

    private static string Text(JsonNode? value, string key) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new RecipeException($"{key} must be a string.");

    private static string TimeZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : throw new RecipeException($"Unknown time zone '{id}'.");
}
