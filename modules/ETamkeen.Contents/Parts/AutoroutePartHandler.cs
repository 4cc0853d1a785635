using System.Text.Json.Nodes;
using ETamkeen.Contents.Handlers;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Parts;

/// <summary>
/// <c>AutoroutePart {Path}</c>: the item's public path, without culture. A path is generated
/// from the type's Liquid pattern (or the title) unless a custom one is allowed and given; a
/// generated path is made unique, a custom one that is taken is an error. A changed path is
/// remembered in <c>PreviousPaths</c>, which keep redirecting.
/// </summary>
public sealed class AutoroutePartHandler(ContentQueries queries, IStringLocalizer<AutoroutePartHandler> t) : IContentPartHandler
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "api", "admin", "login", "logout", "health", "media", "verify", "search", "sitemap.xml", "robots.txt", "_content",

        // Culture prefixes of public URLs.
        "fr", "ar", "en",
    };

    public string PartName => "AutoroutePart";

    public async Task UpdatingAsync(ContentUpdateContext context, TypePartDefinition definition, JsonObject part)
    {
        if (!JsonValues.TryString(part["Path"], out var given))
        {
            context.Error("AutoroutePart.Path", t["The path must be text."]);
            return;
        }

        var settings = definition.Settings["AutoroutePartSettings"] as JsonObject;
        var allowCustom = settings is null || JsonValues.Flag(settings, "AllowCustomPath");
        var path = Normalize(given);
        var generated = false;
        if (string.IsNullOrEmpty(path) || !allowCustom)
        {
            path = await GenerateAsync(context, settings);
            generated = true;
        }

        if (string.IsNullOrEmpty(path))
        {
            part["Path"] = null;
            return;
        }

        if (Problem(path) is { } problem)
        {
            context.Error("AutoroutePart.Path", problem);
            return;
        }

        var culture = context.Item.Text("LocalizationPart", "Culture") ?? "";
        if (await queries.PathTakenAsync(path, culture, context.Item.ContentItemId))
        {
            if (!generated)
            {
                context.Error("AutoroutePart.Path", t["The path '{0}' is already used by another item.", path]);
                return;
            }

            var stem = path;
            for (var n = 2; await queries.PathTakenAsync(path, culture, context.Item.ContentItemId); n++)
            {
                path = $"{stem}-{n}";
            }
        }

        part["Path"] = path;
        RememberPrevious(context, part, path);
    }

    private async Task<string> GenerateAsync(ContentUpdateContext context, JsonObject? settings)
    {
        var pattern = JsonValues.Text(settings, "Pattern");
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return Slugs.Slugify(context.Item.DisplayText);
        }

        var containerId = context.Item.Text("ContainedPart", "ListContentItemId");
        var container = containerId is null ? null : await queries.LatestAsync(containerId);
        try
        {
            return Normalize(LiquidPatterns.Render(pattern, context.Item, container));
        }
        catch (Exception e) when (e is FormatException or Scriban.Syntax.ScriptRuntimeException)
        {
            context.Error("AutoroutePart.Path", t["The type's path pattern can't be used: {0}", e.Message]);
            return "";
        }
    }

    private static void RememberPrevious(ContentUpdateContext context, JsonObject part, string path)
    {
        var previous = (context.Previous?.Content["AutoroutePart"]?["PreviousPaths"] as JsonArray)?
            .Select(p => p?.GetValue<string>()).OfType<string>().ToList() ?? [];
        if (context.Previous?.Published == true && context.Previous.Text("AutoroutePart", "Path") is { Length: > 0 } old && old != path)
        {
            previous.Add(old);
        }

        previous.RemoveAll(p => p == path);
        part["PreviousPaths"] = previous.Count == 0 ? null : new JsonArray([.. previous.Distinct().Select(p => JsonValue.Create(p))]);
    }

    private static string Normalize(string? path) =>
        string.Join('/', (path ?? "").Trim().Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private string? Problem(string path)
    {
        if (path.Length > 1000)
        {
            return t["The path has at most {0} characters.", 1000];
        }

        if (path.IndexOfAny(['?', '#', '\\', '<', '>', '"', ' ', '%']) >= 0 || path.Split('/').Any(s => s is "." or ".."))
        {
            return t["The path can't contain spaces, '?', '#', '%', quotes or '..'."];
        }

        var first = path.Split('/')[0];
        if (Reserved.Contains(first))
        {
            return t["The path can't start with '{0}': the portal uses it.", first];
        }

        return null;
    }
}
