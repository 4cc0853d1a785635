using ETamkeen.Api;
using ETamkeen.Shells;
using ETamkeen.Tenants.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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
        api.MapPost("/{name}/disable", (string name, TenantOperations tenants, ShellHost host, CancellationToken cancellationToken) =>
            SetEnabledAsync(name, false, tenants, host, cancellationToken));
        api.MapPost("/{name}/enable", (string name, TenantOperations tenants, ShellHost host, CancellationToken cancellationToken) =>
            SetEnabledAsync(name, true, tenants, host, cancellationToken));
        api.MapDelete("/{name}", Remove);
    }

    private static IResult List(ShellHost host, string? q, int? skip, int? take)
    {
        var page = host.List(q, skip ?? 0, take ?? 100);
        return Results.Ok(new
        {
            total = page.Total,
            skip = page.Skip,
            take = page.Take,
            items = page.Items.Select(s => TenantModel.From(s, host)),
        });
    }

    private static IResult Get(string name, ShellHost host) =>
        host.Find(name) is { } s ? Results.Ok(TenantModel.From(s, host)) : Failed(TenantOutcome.NotFound(name));

    private static async Task<IResult> Create(TenantSetupRequest request, TenantSetupService setup, ShellHost host, CancellationToken cancellationToken)
    {
        try
        {
            var (settings, recipe) = await setup.SetupAsync(request, cancellationToken);
            return Results.Created($"/api/tenants/{settings.Name}", new
            {
                tenant = TenantModel.From(settings, host),
                warnings = recipe.Warnings,
            });
        }
        catch (TenantSetupException e)
        {
            return e.Errors.Count > 0 ? ApiRoutes.Invalid(e.Errors, e.Message) : ApiRoutes.Problem(e.StatusCode, e.Message);
        }
    }

    private static async Task<IResult> Edit(string name, TenantEditModel edit, TenantOperations tenants, CancellationToken cancellationToken)
    {
        var outcome = await tenants.EditRoutingAsync(name, edit.UrlPrefix, edit.HostNames, cancellationToken);
        return outcome.Succeeded ? Results.Ok(TenantModel.From(outcome.Tenant!, null)) : Failed(outcome);
    }

    private static async Task<IResult> SetEnabledAsync(string name, bool enabled, TenantOperations tenants, ShellHost host, CancellationToken cancellationToken)
    {
        var outcome = await tenants.SetEnabledAsync(name, enabled, cancellationToken);
        return outcome.Succeeded ? Results.Ok(TenantModel.From(outcome.Tenant!, host)) : Failed(outcome);
    }

    private static async Task<IResult> Remove(string name, TenantOperations tenants, CancellationToken cancellationToken)
    {
        var outcome = await tenants.RemoveAsync(name, cancellationToken);
        return outcome.Succeeded ? Results.NoContent() : Failed(outcome);
    }

    private static IResult Failed(TenantOutcome outcome) =>
        outcome.Errors is { Count: > 0 } errors ? ApiRoutes.Invalid(errors) : ApiRoutes.Problem(outcome.StatusCode, outcome.Text);
}
