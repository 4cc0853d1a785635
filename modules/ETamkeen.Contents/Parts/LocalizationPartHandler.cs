using System.Globalization;
using System.Text.Json.Nodes;
using ETamkeen.Contents.Handlers;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Parts;

/// <summary><c>LocalizationPart {LocalizationSet, Culture}</c>: items of one set are translations of each other.</summary>
public sealed class LocalizationPartHandler(IStringLocalizer<LocalizationPartHandler> t) : IContentPartHandler
{
    public string PartName => "LocalizationPart";

    public Task UpdatingAsync(ContentUpdateContext context, TypePartDefinition definition, JsonObject part)
    {
        if (!JsonValues.TryString(part["LocalizationSet"], out var set) || !JsonValues.TryString(part["Culture"], out var culture))
        {
            context.Error("LocalizationPart", t["LocalizationSet and Culture must be text."]);
            return Task.CompletedTask;
        }

        if (string.IsNullOrEmpty(set))
        {
            part["LocalizationSet"] = ContentIds.New();
        }
        else if (!ContentIds.IsValid(set))
        {
            context.Error("LocalizationPart.LocalizationSet", t["A localization set id has letters, digits, '-' or '_'."]);
        }

        if (!string.IsNullOrEmpty(culture))
        {
            try
            {
                part["Culture"] = CultureInfo.GetCultureInfo(culture, predefinedOnly: true).Name.ToLowerInvariant();
            }
            catch (CultureNotFoundException)
            {
                context.Error("LocalizationPart.Culture", t["Unknown culture '{0}'.", culture]);
            }
        }

        return Task.CompletedTask;
    }
}
