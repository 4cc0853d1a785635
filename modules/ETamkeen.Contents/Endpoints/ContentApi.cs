using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Api;
using ETamkeen.Contents.Indexes;
using ETamkeen.Contents.Security;
using ETamkeen.Contents.Services;
using ETamkeen.Data;
using ETamkeen.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Contents.Endpoints;

/// <summary>
/// <c>/api/content</c> in Orchard's JSON shape. Writes go through the content manager, so the
/// API validates exactly as recipes (and the admin) do; a stale version answers 409. Every
/// endpoint asks <see cref="ContentAuthorizer"/> about the item itself, as the admin does.
/// </summary>
public static class ContentApi
{
    public static void MapContentApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapAuthenticatedApiGroup("/api/content");
        api.MapGet("/", List);
        api.MapGet("/{id}", Get);
        api.MapGet("/{id}/versions", Versions);
        api.MapPost("/", Save);
        api.MapPost("/{id}/publish", Publish);
        api.MapPost("/{id}/unpublish", Unpublish);
        api.MapPost("/{id}/clone", Clone);
        api.MapPost("/versions/{versionId}/restore", Restore);
        api.MapDelete("/{id}", Remove);

        routes.MapApiGroup("/api/content-types", Permissions.ViewContentTypes).MapGet("/", async (Metadata.IContentDefinitionManager definitions) =>
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

    private static async Task<IResult> List(
        IDocumentSession session, ClaimsPrincipal user, IAuthorizationService authorization, string? type, string? status, string? q, int? skip, int? take)
    {
        // Published items are what visitors see; drafts and other people's items need the admin's rights.
        var published = status == "published";
        if (!await authorization.HasPermissionAsync(user, published ? Permissions.ViewContent : Permissions.ListContent))
        {
            return Forbidden();
        }

        var owner = published || await authorization.HasPermissionAsync(user, Permissions.EditContent) ? null : ContentAuthorizer.UserId(user) ?? "";
        var (items, total) = await ContentListQuery.RunAsync(session, new ContentFilter(type, status, q, owner), skip ?? 0, Math.Clamp(take ?? 20, 1, 500));
        return Json(new { total, items });
    }

    private static async Task<IResult> Get(string id, IContentManager contents, ContentAuthorizer authorizer, ClaimsPrincipal user, string? version)
    {
        var latest = version == "latest";
        if (await contents.GetAsync(id, latest ? VersionOptions.Latest : VersionOptions.Published) is not { } item)
        {
            return NotFound(id);
        }

        return await authorizer.CanAsync(user, latest ? Permissions.EditContent : Permissions.ViewContent, item) ? Json(item) : Forbidden();
    }

    private static async Task<IResult> Versions(string id, IContentManager contents, ContentAuthorizer authorizer, ClaimsPrincipal user)
    {
        var versions = await contents.GetVersionsAsync(id);
        if (versions.Count == 0)
        {
            return NotFound(id);
        }

        return await authorizer.CanAsync(user, Permissions.EditContent, versions[^1]) ? Json(versions) : Forbidden();
    }

    private static async Task<IResult> Save(HttpRequest request, IContentManager contents, ContentAuthorizer authorizer, ClaimsPrincipal user, bool? draft)
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

            if (!await authorizer.CanAsync(user, Permissions.EditContent, item.ContentType, existing)
                || (publish && !await authorizer.CanAsync(user, Permissions.PublishContent, item.ContentType, existing)))
            {
                return Forbidden();
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

    private static Task<IResult> Publish(string id, IContentManager contents, ContentAuthorizer authorizer, ClaimsPrincipal user) =>
        WithItemAsync(id, contents, authorizer, user, Permissions.PublishContent, async item => Json((await contents.PublishAsync(item)).Item));

    private static Task<IResult> Unpublish(string id, IContentManager contents, ContentAuthorizer authorizer, ClaimsPrincipal user) =>
        WithItemAsync(id, contents, authorizer, user, Permissions.PublishContent, async item =>
        {
            await contents.UnpublishAsync(item);
            return Json(await contents.GetAsync(id, VersionOptions.Latest));
        });

    private static Task<IResult> Clone(string id, IContentManager contents, ContentAuthorizer authorizer, ClaimsPrincipal user) =>
        WithItemAsync(id, contents, authorizer, user, Permissions.EditContent, async item =>
        {
            // The copy is the caller's own new item.
            if (!await authorizer.CanAsync(user, Permissions.EditContent, item.ContentType))
            {
                return Forbidden();
            }

            var result = await contents.CloneAsync(item);
            return result.Succeeded ? Results.Json(result.Item, ContentJson.Options, statusCode: StatusCodes.Status201Created) : ApiRoutes.Invalid(result.Errors);
        });

    private static async Task<IResult> Restore(string versionId, IContentManager contents, ContentAuthorizer authorizer, ClaimsPrincipal user, bool? publish)
    {
        if (await contents.GetVersionAsync(versionId) is not { } version)
        {
            return NotFound(versionId);
        }

        var latest = await contents.GetAsync(version.ContentItemId, VersionOptions.Latest) ?? version;
        if (!await authorizer.CanAsync(user, Permissions.EditContent, latest)
            || (publish == true && !await authorizer.CanAsync(user, Permissions.PublishContent, latest)))
        {
            return Forbidden();
        }

        var result = await contents.RestoreAsync(versionId, publish == true);
        return result.Succeeded ? Json(result.Item) : ApiRoutes.Invalid(result.Errors);
    }

    private static Task<IResult> Remove(string id, IContentManager contents, ContentAuthorizer authorizer, ClaimsPrincipal user) =>
        WithItemAsync(id, contents, authorizer, user, Permissions.DeleteContent, async item =>
        {
            await contents.RemoveAsync(item);
            return Results.NoContent();
        });

    private static async Task<IResult> WithItemAsync(
        string id, IContentManager contents, ContentAuthorizer authorizer, ClaimsPrincipal user, Permission permission, Func<ContentItem, Task<IResult>> action)
    {
        if (await contents.GetAsync(id, VersionOptions.Latest) is not { } item)
        {
            return NotFound(id);
        }

        if (!await authorizer.CanAsync(user, permission, item))
        {
            return Forbidden();
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

    private static IResult Forbidden() => ApiRoutes.Problem(StatusCodes.Status403Forbidden, "You are not allowed to do this with this content item.");

    private static IResult NotFound(string id) => ApiRoutes.Problem(StatusCodes.Status404NotFound, $"No content item '{id}'.");
}
