using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Contents.Handlers;
using ETamkeen.Contents.Metadata;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Parts;

/// <summary><c>ContainedPart {ListContentItemId, Order}</c>, added to items that live in a list.</summary>
public sealed class ContainedPartHandler(IStringLocalizer<ContainedPartHandler> t) : IContentPartHandler
{
    public string PartName => "ContainedPart";

    public Task UpdatingAsync(ContentUpdateContext context, TypePartDefinition definition, JsonObject part)
    {
        if (!JsonValues.TryString(part["ListContentItemId"], out _))
        {
            context.Error("ContainedPart.ListContentItemId", t["The list id must be text."]);
        }

        if (!JsonValues.IsMissing(part["Order"]) && (part["Order"] is not JsonValue v || v.GetValueKind() != JsonValueKind.Number))
        {
            context.Error("ContainedPart.Order", t["The order must be a number."]);
        }

        return Task.CompletedTask;
    }
}
