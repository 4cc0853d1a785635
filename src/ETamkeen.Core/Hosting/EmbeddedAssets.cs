using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace ETamkeen.Hosting;

/// <summary>
/// A module's or theme's wwwroot, embedded in its assembly (as <c>{ModuleId}/path</c>) and served
/// at <c>/_content/{ModuleId}/...</c> by every tenant that maps it: the files go wherever the
/// assembly goes, whatever the host's publish layout. Loaded once per process, not per tenant,
/// and versioned by content so that browsers keep them a year.
/// </summary>
public sealed class EmbeddedAssets
{
    private readonly Assembly _assembly;
    private readonly string _resourcePrefix;
    private readonly Lazy<FrozenDictionary<string, Asset>> _assets;

    public EmbeddedAssets(Assembly assembly, string moduleId)
    {
        _assembly = assembly;
        _resourcePrefix = moduleId + "/";
        RequestPath = "/_content/" + moduleId;
        _assets = new Lazy<FrozenDictionary<string, Asset>>(Load);
    }

    public string RequestPath { get; }

    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapMethods(RequestPath + "/{**path}", [HttpMethods.Get, HttpMethods.Head], Serve);

    /// <summary>The URL of a file under wwwroot, with its content's version.</summary>
    public string Url(HttpRequest request, string path) =>
        _assets.Value.TryGetValue(path, out var asset)
            ? $"{request.PathBase}{RequestPath}/{path}?v={asset.Version}"
            : $"{request.PathBase}{RequestPath}/{path}";

    private IResult Serve(HttpContext context, string? path)
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

    private FrozenDictionary<string, Asset> Load()
    {
        var types = new FileExtensionContentTypeProvider();
        // The assembly's write time: the files change only with a new build of it.
        var lastModified = new DateTimeOffset(File.GetLastWriteTimeUtc(_assembly.Location), TimeSpan.Zero);
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in _assembly.GetManifestResourceNames().Where(n => n.StartsWith(_resourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = _assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var path = name[_resourcePrefix.Length..].Replace('\\', '/');
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
