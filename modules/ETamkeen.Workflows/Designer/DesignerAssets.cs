using ETamkeen.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Workflows.Designer;

/// <summary>The designer's script and style, served at <c>/_content/ETamkeen.Workflows/...</c> as the theme serves its own.</summary>
public static class DesignerAssets
{
    private static readonly EmbeddedAssets s_assets = new(typeof(DesignerAssets).Assembly, "ETamkeen.Workflows");

    public static void MapDesignerAssets(this IEndpointRouteBuilder routes) => s_assets.Map(routes);

    public static string Url(HttpRequest request, string path) => s_assets.Url(request, path);
}
