using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ETamkeen.Api;
using ETamkeen.Deployment;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Recipes.Endpoints;

/// <summary>
/// <c>GET /api/recipes/export</c>: the tenant's backup, a recipe that <c>POST /api/recipes</c>
/// on an empty tenant turns back into the same site. <c>?types=A,B</c> keeps only those
/// types' items (every definition is still exported).
/// </summary>
public static class ExportApi
{
    // Arabic and accented French stay readable in the file; HTML-significant characters are still escaped.
    private static readonly JsonWriterOptions Writer = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void MapExportApi(this IEndpointRouteBuilder routes) =>
        routes.MapApiGroup("/api/recipes", Security.StandardPermissions.ManageTenantData).MapGet("/export", Export);

    private static async Task<IResult> Export(
        [FromServices] IEnumerable<IDeploymentSource> sources,
        [FromServices] ExportFilter filter,
        ShellSettings shell,
        string? types,
        CancellationToken cancellationToken)
    {
        var chosen = (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (chosen.Length > 0)
        {
            filter.ContentTypes = chosen.ToHashSet(StringComparer.Ordinal);
        }

        var now = DateTime.UtcNow;
        var recipe = await TenantExport.BuildAsync(sources, shell.Name, now, cancellationToken);
        var fileName = $"{recipe["name"]!.GetValue<string>()}.recipe.json";

        // Written straight to the response: a large tenant's export is not held twice as text.
        return Results.Stream(
            async body =>
            {
                await using var writer = new Utf8JsonWriter(body, Writer);
                recipe.WriteTo(writer);
                await writer.FlushAsync(cancellationToken);
            },
            "application/json",
            fileName);
    }
}
