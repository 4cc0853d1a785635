using System.Globalization;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ETamkeen.Localization;

/// <summary>
/// Turns a source string (English) into the request's UI culture: the tenant's PO file, the
/// modules' PO files, then the tenant's default culture, then the source text. Users never see
/// a miss; translators find it on the missing-translations page and in the log (once).
/// </summary>
public sealed class Translator(
    LocalizationCatalog catalog,
    MissingTranslations missing,
    IHttpContextAccessor httpContextAccessor,
    ILogger<Translator> logger)
{
    public (string Text, bool Found) Translate(string context, string id, string? idPlural = null, long? count = null)
    {
        var culture = CultureInfo.CurrentUICulture;
        var http = httpContextAccessor.HttpContext;
        var tenant = http?.RequestServices?.GetService<ShellSettings>()?.Name;
        if (catalog.Find(tenant, culture.Name, context, id) is { } match)
        {
            return (match.Text(count), true);
        }

        if (IsSource(culture))
        {
            return (Source(id, idPlural, count), true);
        }

        if (tenant is not null && missing.Record(tenant, new MissingTranslation(culture.Name, context, id)))
        {
            logger.LogInformation("No {Culture} translation on tenant {Tenant} for \"{Id}\" (context {Context})", culture.Name, tenant, id, context);
        }

        var defaultCulture = http?.Features.Get<RequestCultureFeature>()?.DefaultCulture;
        if (defaultCulture is not null && !SameLanguage(defaultCulture, culture.Name)
            && catalog.Find(tenant, defaultCulture, context, id) is { } fallback)
        {
            return (fallback.Text(count), false);
        }

        return (Source(id, idPlural, count), false);
    }

    private static string Source(string id, string? idPlural, long? count) =>
        idPlural is not null && count is not null && PluralRule.English.FormFor(count.Value) == 1 ? idPlural : id;

    /// <summary>The code is written in English: an English request with no en.po entry is served as written.</summary>
    private static bool IsSource(CultureInfo culture) =>
        culture.Name.Length == 0 || culture.TwoLetterISOLanguageName == "en";

    private static bool SameLanguage(string a, string b) =>
        string.Equals(a.Split('-', 2)[0], b.Split('-', 2)[0], StringComparison.OrdinalIgnoreCase);
}
