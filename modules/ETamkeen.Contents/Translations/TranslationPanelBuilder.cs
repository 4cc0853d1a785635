using System.Security.Claims;
using ETamkeen.Contents.Admin;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Security;
using ETamkeen.Contents.ViewModels;
using ETamkeen.Localization;
using ETamkeen.Settings;

namespace ETamkeen.Contents.Translations;

/// <summary>What the editor shows of an item's translations, and the source beside it when asked.</summary>
public sealed class TranslationPanelBuilder(ContentTranslations translations, IContentManager contents, ContentEditorService editors, ContentAuthorizer authorizer)
{
    /// <returns>Null for a type without translations, or an item never saved.</returns>
    public async Task<ContentTranslationsViewModel?> BuildAsync(ClaimsPrincipal user, ContentItem item, ContentTypeDefinition type, SiteSettings settings, string? sourceId)
    {
        if (!type.HasPart(ContentTranslator.PartName) || item.Text(ContentTranslator.PartName, "LocalizationSet") is not { Length: > 0 } set)
        {
            return null;
        }

        var rows = await translations.OfSetAsync(set);
        if (rows.Count == 0)
        {
            return null;
        }

        var culture = ContentTranslator.CultureOf(item, settings.DefaultCulture);
        string CultureOf(TranslationRow row) => row.Culture.Length > 0 ? row.Culture : settings.DefaultCulture;
        var links = settings.SupportedCultures.Select(c =>
        {
            var row = rows.FirstOrDefault(r => string.Equals(CultureOf(r), c, StringComparison.OrdinalIgnoreCase));
            return new TranslationLink(c, PortalCultures.NativeName(c), row?.ContentItemId, row?.Published == true, string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
        }).ToList();

        return new ContentTranslationsViewModel { Culture = culture, Links = links, Source = await SourceAsync(user, item, type, settings, rows, sourceId) };
    }

    /// <summary>Only an item of the same set, and one the user may edit, is shown beside the editor.</summary>
    private async Task<SourceVersion?> SourceAsync(ClaimsPrincipal user, ContentItem item, ContentTypeDefinition type, SiteSettings settings, IReadOnlyList<TranslationRow> rows, string? sourceId)
    {
        if (string.IsNullOrEmpty(sourceId) || sourceId == item.ContentItemId || !rows.Any(r => r.ContentItemId == sourceId)
            || await contents.GetAsync(sourceId, VersionOptions.Latest) is not { } source
            || !await authorizer.CanAsync(user, Permissions.EditContent, source))
        {
            return null;
        }

        var culture = ContentTranslator.CultureOf(source, settings.DefaultCulture);
        var groups = editors.Build(source, type, new Dictionary<string, string[]>(), settings.SupportedCultures);
        return new SourceVersion(source.ContentItemId, culture, PortalCultures.NativeName(culture), PortalCultures.Direction(culture), groups);
    }
}
