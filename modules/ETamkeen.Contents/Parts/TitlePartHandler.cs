using System.Text.Json.Nodes;
using ETamkeen.Contents.Handlers;
using ETamkeen.Contents.Metadata;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Parts;

/// <summary><c>TitlePart {Title}</c>: the item's display text. Required when the type says <c>EditableRequired</c>.</summary>
public sealed class TitlePartHandler(IStringLocalizer<TitlePartHandler> t) : IContentPartHandler
{
    public const int MaxLength = 1024;

    public string PartName => "TitlePart";

    public Task UpdatingAsync(ContentUpdateContext context, TypePartDefinition definition, JsonObject part)
    {
        if (!JsonValues.TryString(part["Title"], out var title))
        {
            context.Error("TitlePart.Title", t["The title must be text."]);
            return Task.CompletedTask;
        }

        title = title?.Trim();
        var options = definition.Settings["TitlePartSettings"]?["Options"];
        var required = options is JsonValue v && (v.ToString() == "EditableRequired" || v.ToString() == "3");
        if (required && string.IsNullOrEmpty(title))
        {
            context.Error("TitlePart.Title", t["A title is required."]);
        }
        else if (title?.Length > MaxLength)
        {
            context.Error("TitlePart.Title", t["The title has at most {0} characters.", MaxLength]);
        }

        part["Title"] = title;
        if (!string.IsNullOrEmpty(title))
        {
            context.Item.DisplayText = title;
        }

        return Task.CompletedTask;
    }
}
