using System.Text.Json.Nodes;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using ETamkeen.Localization;
using ETamkeen.Settings;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Translations;

/// <summary>What "Translate" did: the translation to edit (new, or the one there already), or why there is none.</summary>
public sealed record TranslationOutcome(ContentItem? Translation, bool Existed, string? Error);

/// <summary>
/// "Translate into …": a new draft in the same <c>LocalizationPart</c> set, starting as a copy of
/// the source so that dates, media and terms carry over and the translator replaces the texts.
/// It keeps the source's path (paths are unique per culture), so the page is at the same
/// address in each language until the translator gives it its own.
/// </summary>
public sealed class ContentTranslator(IContentManager contents, ContentTranslations translations, ISiteService site, IStringLocalizer<ContentTranslator> t)
{
    public const string PartName = "LocalizationPart";

    /// <summary>The item's culture, the site's default for an item that doesn't say.</summary>
    public static string CultureOf(ContentItem item, string defaultCulture) =>
        item.Text(PartName, "Culture") is { Length: > 0 } culture ? culture.ToLowerInvariant() : defaultCulture;

    public async Task<TranslationOutcome> TranslateAsync(ContentItem source, ContentTypeDefinition type, string? culture, CancellationToken cancellationToken = default)
    {
        var settings = await site.GetAsync(cancellationToken);
        if (!type.HasPart(PartName))
        {
            return Failed(t["Items of type {0} have no translations: add the Localization part to the type first.", type.DisplayName]);
        }

        var target = settings.SupportedCultures.FirstOrDefault(c => string.Equals(c, culture?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (target is null)
        {
            return Failed(t["'{0}' is not one of the site's languages ({1}).", culture ?? "", string.Join(", ", settings.SupportedCultures)]);
        }

        if (string.Equals(target, CultureOf(source, settings.DefaultCulture), StringComparison.OrdinalIgnoreCase))
        {
            return Failed(t["This item is already in {0}.", PortalCultures.NativeName(target)]);
        }

        if (source.Text(PartName, "LocalizationSet") is not { Length: > 0 } set)
        {
            return Failed(t["Save this item once before translating it."]);
        }

        var existing = (await translations.OfSetAsync(set, cancellationToken))
            .FirstOrDefault(r => string.Equals(r.Culture, target, StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            return new TranslationOutcome(await contents.GetAsync(existing.ContentItemId, VersionOptions.Latest), Existed: true, null);
        }

        var copy = source.Clone();
        copy.ContentItemId = ContentIds.New();
        copy.Owner = null;
        copy.Content["AutoroutePart"]?.AsObject().Remove("PreviousPaths");
        copy.Content["AliasPart"]?.AsObject().Remove("Alias");
        copy.Content[PartName] = new JsonObject { ["LocalizationSet"] = set, ["Culture"] = target };
        var result = await contents.CreateAsync(copy, publish: false);
        return result.Succeeded
            ? new TranslationOutcome(result.Item ?? copy, Existed: false, null)
            : Failed(string.Join(" ", result.Errors.SelectMany(e => e.Value)));
    }

    private static TranslationOutcome Failed(string error) => new(null, false, error);
}
