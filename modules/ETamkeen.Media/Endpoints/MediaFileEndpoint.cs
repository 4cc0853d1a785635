using ETamkeen.Media.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ETamkeen.Media.Endpoints;

/// <summary>
/// <c>GET /media/{path}</c>, anonymous. The type comes from the extension, the browser may not
/// guess another (nosniff), only images, PDFs, video and audio display in the page, and an
/// SVG runs sandboxed. Range, HEAD and conditional requests are the framework's file result.
/// </summary>
public static class MediaFileEndpoint
{
    // An SVG opened on its own is a document: no script, no network, no same-origin rights.
    public const string SvgPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    public static void MapMediaFiles(this IEndpointRouteBuilder routes) =>
        routes.MapMethods("/media/{**path}", [HttpMethods.Get, HttpMethods.Head], Serve);

    private static IResult Serve(HttpContext context, MediaStore store, IOptions<MediaOptions> options, string? path)
    {
        var normalized = store.Normalize(path, allowRoot: false, out _);
        var extension = normalized is null ? "" : MediaPath.Extension(normalized);
        if (normalized is null || !options.Value.IsAllowed(extension) || store.GetFile(normalized) is not { } file)
        {
            return Results.NotFound();
        }

        var contentType = MediaTypes.For(extension);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = $"public, max-age={(long)options.Value.CacheMaxAge.TotalSeconds}";
        if (extension == ".svg")
        {
            headers.ContentSecurityPolicy = SvgPolicy;
        }

        // Length and time of the last write: changes whenever an upload replaces the file.
        var etag = new EntityTagHeaderValue($"\"{file.Size:x}-{file.LastModifiedUtc.UtcTicks:x}\"");
        return Results.File(
            store.PhysicalPath(normalized),
            contentType,
            fileDownloadName: MediaTypes.IsInline(contentType) ? null : file.Name,
            lastModified: file.LastModifiedUtc,
            entityTag: etag,
            enableRangeProcessing: true);
    }
}
