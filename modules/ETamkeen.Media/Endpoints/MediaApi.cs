using ETamkeen.Api;
using ETamkeen.Media.Models;
using ETamkeen.Media.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Media.Endpoints;

/// <summary><c>/api/media</c>: upload, list and delete the tenant's files (system principal for now).</summary>
public static class MediaApi
{
    public static void MapMediaApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapApiGroup("/api/media", Permissions.ManageMediaContent);
        api.MapPost("/", MediaUploadEndpoint.UploadAsync);
        api.MapGet("/", List);
        api.MapDelete("/{**path}", Delete);
    }

    /// <summary>The answer's shape for one file, shared by upload and list.</summary>
    public static object Describe(MediaFile file, HttpRequest request) => new
    {
        name = file.Name,
        path = file.Path,
        size = file.Size,
        contentType = MediaTypes.For(MediaPath.Extension(file.Path)),
        url = MediaPath.Url(request.PathBase.ToUriComponent(), file.Path),
        lastModifiedUtc = file.LastModifiedUtc,
    };

    private static IResult List(HttpRequest request, MediaStore store, string? folder)
    {
        if (store.Normalize(folder, allowRoot: true, out var error) is not { } path)
        {
            return ApiRoutes.Invalid("folder", error!);
        }

        if (store.List(path) is not { } listing)
        {
            return ApiRoutes.Problem(StatusCodes.Status404NotFound, $"No folder '{path}'.");
        }

        return Results.Ok(new
        {
            folder = listing.Path,
            folders = listing.Folders.Select(f => new { name = f[(f.LastIndexOf('/') + 1)..], path = f }),
            files = listing.Files.Select(f => Describe(f, request)),
        });
    }

    private static IResult Delete(MediaStore store, string? path)
    {
        if (store.Normalize(path, allowRoot: false, out var error) is not { } normalized)
        {
            return ApiRoutes.Invalid("path", error!);
        }

        return store.Delete(normalized) switch
        {
            MediaDeleteResult.Deleted => Results.NoContent(),
            MediaDeleteResult.FolderNotEmpty => ApiRoutes.Problem(StatusCodes.Status409Conflict, $"The folder '{normalized}' is not empty: delete its files first."),
            _ => ApiRoutes.Problem(StatusCodes.Status404NotFound, $"No file or folder '{normalized}'."),
        };
    }
}
