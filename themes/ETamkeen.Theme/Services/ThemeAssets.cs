using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace ETamkeen.Theme.Services;

/// <summary>
/// The theme's wwwroot (its CSS and the Bootstrap files the build copies from npm), embedded in
/// the assembly and served at <c>/_content/ETamkeen.Theme/...</c> by every tenant. Loaded once
/// per process, not per tenant: a tenant's shell must stay cheap.
/// </summary>
public static class ThemeAssets
{
    public const string RequestPath = "/_content/ETamkeen.Theme";
    private const string ResourcePrefix = "ETamkeen.Theme/";

    private static readonly Lazy<FrozenDictionary<string, Asset>> _assets = new(Load);

    public static void MapThemeAssets(this IEndpointRouteBuilder routes) =>
        routes.MapMethods(RequestPath + "/{**path}", [HttpMethods.Get, HttpMethods.Head], Serve);

    /// <summary>The URL of a file under wwwroot, versioned by its content so that it can be cached for a year.</summary>
    public static string Url(HttpRequest request, string path) =>
        _assets.Value.TryGetValue(path, out var asset)
            ? $"{request.PathBase}{RequestPath}/{path}?v={asset.Version}"
            : $"{request.PathBase}{RequestPath}/{path}";

    private static IResult Serve(HttpContext context, string? path)
    {
        if (path is null || !_assets.Value.TryGetValue(path, out var asset))
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "public, max-age=31536000";
        return Results.Bytes(asset.Content, asset.ContentType, lastModified: asset.LastModified, entityTag: asset.ETag);
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(ThemeAssets).Assembly;
        var types = new FileExtensionContentTypeProvider();
        // The assembly's write time: the files change only with a new build of the theme.
        var lastModified = new DateTimeOffset(File.GetLastWriteTimeUtc(assembly.Location), TimeSpan.Zero);
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var path = name[ResourcePrefix.Length..].Replace('\\', '/');
            var version = Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 8));
            var contentType = types.TryGetContentType(path, out var type) ? type : "application/octet-stream";
            if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
            {
                contentType += "; charset=utf-8";
            }

            assets[path] = new Asset(content, contentType, version, new EntityTagHeaderValue($"\"{version}\""), lastModified);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Asset(byte[] Content, string ContentType, string Version, EntityTagHeaderValue ETag, DateTimeOffset LastModified);
}
