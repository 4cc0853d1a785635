using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Shells;

/// <summary>
/// The host's last middleware: hands the request to its tenant's pipeline and services,
/// with the tenant prefix moved into PathBase so that tenant routes don't know it.
/// </summary>
public sealed class TenantMiddleware(RequestDelegate next, TenantResolver resolver, ShellHost host)
{
    public async Task InvokeAsync(HttpContext httpContext)
    {
        var settings = resolver.Resolve(httpContext.Request.Host, httpContext.Request.Path, out var prefix);
        if (settings is null)
        {
            await next(httpContext);
            return;
        }

        switch (settings.State)
        {
            case TenantState.Running:
                break;
            case TenantState.Disabled:
                await Problem(httpContext, StatusCodes.Status404NotFound, "This site is disabled.");
                return;
            case TenantState.Invalid:
                await Problem(httpContext, StatusCodes.Status503ServiceUnavailable, "This site is unavailable: its settings are invalid.");
                return;
            default:
                httpContext.Response.Headers.RetryAfter = "5";
                await Problem(httpContext, StatusCodes.Status503ServiceUnavailable, "This site is being set up.");
                return;
        }

        ShellContext shell;
        try
        {
            shell = await host.AcquireAsync(settings.Name, httpContext.RequestAborted);
        }
        catch (ShellUnavailableException)
        {
            httpContext.Response.Headers.RetryAfter = "10";
            await Problem(httpContext, StatusCodes.Status503ServiceUnavailable, "This site can't start right now.");
            return;
        }

        var originalPath = httpContext.Request.Path;
        var originalPathBase = httpContext.Request.PathBase;
        var originalServices = httpContext.RequestServices;
        try
        {
            if (prefix.Length > 0)
            {
                originalPath.StartsWithSegments("/" + prefix, StringComparison.OrdinalIgnoreCase, out var matched, out var remaining);
                httpContext.Request.PathBase = originalPathBase.Add(matched);
                httpContext.Request.Path = remaining;
            }

            await using var scope = shell.Services.CreateAsyncScope();
            httpContext.RequestServices = scope.ServiceProvider;
            httpContext.Features.Set(shell);
            await shell.Pipeline(httpContext);
        }
        finally
        {
            httpContext.RequestServices = originalServices;
            httpContext.Request.Path = originalPath;
            httpContext.Request.PathBase = originalPathBase;
            await shell.ReleaseLeaseAsync();
        }
    }

    private static Task Problem(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { status, title = detail }, options: null, contentType: "application/problem+json");
    }
}
