using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Api;
using ETamkeen.Contents.Indexes;
using ETamkeen.Contents.Services;
using ETamkeen.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Contents.Endpoints;

/// <summary>
/// <c>/api/content</c> in Orchard's JSON shape. Writes go through the content manager, so the
/// API validates exactly as recipes (and the admin) do; a stale version answers 409.
/// </summary>
public static class ContentApi
{
    public static void MapContentApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapApiGroup("/api/content");
        api.MapGet("/", List);
        api.MapGet("/{id}", Get);
        api.MapGet("/{id}/versions", Versions);
        api.MapPost("/", Save);
        api.MapPost("/{id}/publish", Publish);
        api.MapPost("/{id}/unpublish", Unpublish);
        api.MapPost("/{id}/clone", Clone);
        api.MapPost("/versions/{versionId}/restore", Restore);
        api.MapDelete("/{id}", Remove);

        routes.MapApiGroup("/api/content-types").MapGet("/", async (Metadata.IContentDefinitionManager definitions) =>
            Results.Ok((await definitions.ListTypesAsync()).Select(t => new
            {
                name = t.Name,
                displayName = t.DisplayName,
                creatable = t.Creatable,
                draftable = t.Draftable,
                versionable = t.Versionable,
                parts = t.Parts.Select(p => new
                {
                    name = p.Name,
                    partName = p.PartName,
                    fields = p.Fields.Select(f => new { name = f.Name, fieldName = f.FieldName, displayName = f.DisplayName }),
                }),
            })));
    }

    private static async Task<IResult> List(IDocumentSession session, string? type, string? status, string? q, int? skip, int? take)
    {
        var (items, total) = await ContentListQuery.RunAsync(session, new ContentFilter(type, status, q), skip ?? 0, Math.Clamp(take ?? 20, 1, 500));
        return Json(new { total, items });
    }

    private static async Task<IResult> Get(string id, IContentManager contents, string? version) =>
        await contents.GetAsync(id, version == "latest" ? VersionOptions.Latest : VersionOptions.Published) is { } item
            ? Json(item)
            : NotFound(id);

    private static async Task<IResult> Versions(string id, IContentManager contents)
    {
        var versions = await contents.GetVersionsAsync(id);
        return versions.Count == 0 ? NotFound(id) : Json(versions);
    }

    private static async Task<IResult> Save(HttpRequest request, IContentManager contents, bool? draft)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return ApiRoutes.Invalid("body", $"The body is not valid JSON: {e.Message}");
        }

        var (item, error) = ContentJson.Read(body);
        if (item is null)
        {
            return ApiRoutes.Invalid("body", error!);
        }

        // Who wrote it is the server's to say.
        item.Owner = null;
        item.Author = null;
        var publish = draft != true;
        try
        {
            var existing = string.IsNullOrEmpty(item.ContentItemId) ? null : await contents.GetAsync(item.ContentItemId, VersionOptions.Latest);
            if (existing is not null && existing.ContentType != item.ContentType)
            {
                return ApiRoutes.Invalid("ContentType", $"Item {item.ContentItemId} is a {existing.ContentType}, not a {item.ContentType}.");
            }

            var result = existing is null ? await contents.CreateAsync(item, publish) : await contents.UpdateAsync(item, publish);
            return result.Succeeded
                ? (existing is null ? Results.Json(result.Item, ContentJson.Options, statusCode: StatusCodes.Status201Created) : Json(result.Item))
                : ApiRoutes.Invalid(result.Errors, "The content item is not valid.");
        }
        catch (UnknownContentTypeException e)
        {
            return ApiRoutes.Invalid("ContentType", e.Message);
        }
        catch (ConcurrencyException e)
        {
            return ApiRoutes.Problem(StatusCodes.Status409Conflict, e.Message);
        }
    }

    private static Task<IResult> Publish(string id, IContentManager contents) =>
        WithItemAsync(id, contents, async item => Json((await contents.PublishAsync(item)).Item));

    private static Task<IResult> Unpublish(string id, IContentManager contents) =>
        WithItemAsync(id, contents, async item =>
        {
            await contents.UnpublishAsync(item);
            return Json(await contents.GetAsync(id, VersionOptions.Latest));
        });

    private static Task<IResult> Clone(string id, IContentManager contents) =>
        WithItemAsync(id, contents, async item =>
        {
            var result = await contents.CloneAsync(item);
            return result.Succeeded ? Results.Json(result.Item, ContentJson.Options, statusCode: StatusCodes.Status201Created) : ApiRoutes.Invalid(result.Errors);
        });

    private static async Task<IResult> Restore(string versionId, IContentManager contents, bool? publish)
    {
        if (await contents.GetVersionAsync(versionId) is null)
        {
            return NotFound(versionId);
        }

        var result = await contents.RestoreAsync(versionId, publish == true);
        return result.Succeeded ? Json(result.Item) : ApiRoutes.Invalid(result.Errors);
    }

    private static Task<IResult> Remove(string id, IContentManager contents) =>
        WithItemAsync(id, contents, async item =>
        {
            await contents.RemoveAsync(item);
            return Results.NoContent();
        });

    private static async Task<IResult> WithItemAsync(string id, IContentManager contents, Func<ContentItem, Task<IResult>> action)
    {
        if (await contents.GetAsync(id, VersionOptions.Latest) is not { } item)
        {
            return NotFound(id);
        }

        try
        {
            return await action(item);
        }
        catch (ConcurrencyException e)
        {
            return ApiRoutes.Problem(StatusCodes.Status409Conflict, e.Message);
        }
    }

    private static IResult Json(object? value) => Results.Json(value, ContentJson.Options);

    private static IResult NotFound(string id) => ApiRoutes.Problem(StatusCodes.Status404NotFound, $"No content item '{id}'.");
}
