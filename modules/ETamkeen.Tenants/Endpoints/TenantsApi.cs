using ETamkeen.Api;
using ETamkeen.Shells;
using ETamkeen.Tenants.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace ETamkeen.Tenants.Endpoints;

public static class TenantsApi
{
    public static void MapTenantsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapApiGroup("/api/tenants", Permissions.ManageTenants);
        api.MapGet("/", List);
        api.MapGet("/{name}", Get);
        api.MapPost("/", Create);
        api.MapPut("/{name}", Edit);
        api.MapPost("/{name}/disable", (string name, ShellHost host) => SetStateAsync(name, TenantState.Disabled, host));
        api.MapPost("/{name}/enable", (string name, ShellHost host) => SetStateAsync(name, TenantState.Running, host));
        api.MapDelete("/{name}", Remove);
    }

    private static IResult List(ShellHost host, string? q, int? skip, int? take)
    {
        var query = host.AllSettings.Where(s => s.State != TenantState.Initializing);
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(s => s.Name.Contains(q, StringComparison.OrdinalIgnoreCase)
                || s.RequestUrlPrefix.Contains(q, StringComparison.OrdinalIgnoreCase)
                || s.RequestUrlHosts.Any(h => h.Contains(q, StringComparison.OrdinalIgnoreCase)));
        }

        var all = query.OrderBy(s => s.IsDefault ? 0 : 1).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var from = Math.Max(0, skip ?? 0);
        var size = Math.Clamp(take ?? 100, 1, 1000);
        return Results.Ok(new
        {
            total = all.Count,
            skip = from,
            take = size,
            items = all.Skip(from).Take(size).Select(s => TenantModel.From(s, host.BuildFailure(s.Name))),
        });
    }

    private static IResult Get(string name, ShellHost host) =>
        host.GetSettings(name) is { State: not TenantState.Initializing } s
            ? Results.Ok(TenantModel.From(s, host.BuildFailure(s.Name)))
            : NotFound(name);

    private static async Task<IResult> Create(TenantSetupRequest request, TenantSetupService setup, ShellHost host, CancellationToken cancellationToken)
    {
        try
        {
            var (settings, recipe) = await setup.SetupAsync(request, cancellationToken);
            return Results.Created($"/api/tenants/{settings.Name}", new
            {
                tenant = TenantModel.From(settings, host.BuildFailure(settings.Name)),
                warnings = recipe.Warnings,
            });
        }
        catch (TenantSetupException e)
        {
            return e.Errors.Count > 0 ? ApiRoutes.Invalid(e.Errors, e.Message) : ApiRoutes.Problem(e.StatusCode, e.Message);
        }
    }

    private static async Task<IResult> Edit(string name, TenantEditModel edit, ShellHost host, CancellationToken cancellationToken)
    {
        if (host.GetSettings(name) is not { State: not TenantState.Initializing } current)
        {
            return NotFound(name);
        }

        var changed = current.Clone();
        changed.RequestUrlPrefix = edit.UrlPrefix?.Trim().Trim('/').ToLowerInvariant() ?? current.RequestUrlPrefix;
        changed.RequestUrlHosts = edit.HostNames is null ? current.RequestUrlHosts : [.. edit.HostNames.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).Distinct()];
        var errors = ShellSettingsValidator.Validate(changed);
        if (current.IsDefault && (changed.RequestUrlPrefix.Length > 0))
        {
            errors["urlPrefix"] = ["The Default tenant answers without a prefix."];
        }

        if (errors.Count > 0)
        {
            return ApiRoutes.Invalid(errors);
        }

        if (await host.TryUpdateRoutingAsync(changed, cancellationToken) is { } clash)
        {
            return ApiRoutes.Problem(StatusCodes.Status409Conflict, $"Tenant '{clash}' already answers on that prefix and host.");
        }

        return Results.Ok(TenantModel.From(changed, null));
    }

    private static async Task<IResult> SetStateAsync(string name, TenantState state, ShellHost host)
    {
        if (host.GetSettings(name) is not { State: TenantState.Running or TenantState.Disabled or TenantState.Invalid } current)
        {
            return NotFound(name);
        }

        if (current.IsDefault && state == TenantState.Disabled)
        {
            return ApiRoutes.Problem(StatusCodes.Status400BadRequest, "The Default tenant can't be disabled.");
        }

        var changed = current.Clone();
        changed.State = state;
        changed.InvalidReason = null;
        await host.SaveAsync(changed);

        // Enabling re-reads the settings: a tenant still broken comes back Invalid with the reason.
        var saved = host.GetSettings(name)!;
        return Results.Ok(TenantModel.From(saved, host.BuildFailure(name)));
    }

    private static async Task<IResult> Remove(string name, ShellHost host, AppDataPaths paths, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (host.GetSettings(name) is not { State: not TenantState.Initializing } current)
        {
            return NotFound(name);
        }

        if (current.IsDefault)
        {
            return ApiRoutes.Problem(StatusCodes.Status400BadRequest, "The Default tenant can't be removed.");
        }

        if (!configuration.GetValue("ETamkeen:Tenants:AllowRemoval", true))
        {
            return ApiRoutes.Problem(StatusCodes.Status403Forbidden, "Removing tenants is switched off on this portal (ETamkeen:Tenants:AllowRemoval).");
        }

        await host.RemoveAsync(name, cancellationToken);
        await Data.TenantDatabase.DropAsync(current, paths, cancellationToken);
        return Results.NoContent();
    }

    private static IResult NotFound(string name) => ApiRoutes.Problem(StatusCodes.Status404NotFound, $"No tenant named '{name}'.");
}
