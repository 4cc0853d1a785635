using System.Text.Json.Nodes;
using ETamkeen.Contents.Handlers;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Parts;

/// <summary><c>AliasPart {Alias}</c>: a stable, unique handle code and templates find an item by (e.g. <c>main-menu</c>).</summary>
public sealed class AliasPartHandler(ContentQueries queries, IStringLocalizer<AliasPartHandler> t) : IContentPartHandler
{
    public string PartName => "AliasPart";

    public async Task UpdatingAsync(ContentUpdateContext context, TypePartDefinition definition, JsonObject part)
    {
        if (!JsonValues.TryString(part["Alias"], out var alias))
        {
            context.Error("AliasPart.Alias", t["The alias must be text."]);
            return;
        }

        alias = alias?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(alias))
        {
            part["Alias"] = null;
            return;
        }

        if (alias.Length > 255 || !alias.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            context.Error("AliasPart.Alias", t["An alias has at most 255 letters, digits, '-', '_' or '.'."]);
            return;
        }

        if (await queries.AliasTakenAsync(alias, context.Item.ContentItemId))
        {
            context.Error("AliasPart.Alias", t["The alias '{0}' is already used by another item.", alias]);
            return;
        }

        part["Alias"] = alias;
    }
}
