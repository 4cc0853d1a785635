using ETamkeen.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Theme.Services;

/// <summary>The theme's wwwroot (its CSS and the Bootstrap files the build copies from npm), served at <c>/_content/ETamkeen.Theme/...</c>.</summary>
public static class ThemeAssets
{
    private static readonly EmbeddedAssets s_assets = new(typeof(ThemeAssets).Assembly, "ETamkeen.Theme");

    public static void MapThemeAssets(this IEndpointRouteBuilder routes) => s_assets.Map(routes);

    public static string Url(HttpRequest request, string path) => s_assets.Url(request, path);
}
