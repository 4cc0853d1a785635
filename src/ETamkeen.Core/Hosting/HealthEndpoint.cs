using ETamkeen.Shells;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Hosting;

/// <summary><c>GET /health</c>: 200 once Default is running, 503 before.</summary>
internal static class HealthEndpoint
{
    public static async Task WriteAsync(HttpContext context)
    {
        var host = context.RequestServices.GetRequiredService<ShellHost>();
        var all = host.AllSettings;
        var ready = all.Any(s => s.IsDefault && s.State == TenantState.Running);
        context.Response.StatusCode = ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        await context.Response.WriteAsJsonAsync(new
        {
            status = ready ? "ready" : "starting",
            tenants = all.Count,
            running = all.Count(s => s.State == TenantState.Running),
            invalid = all.Count(s => s.State == TenantState.Invalid),
            built = host.BuiltShells.Count(),
        });
    }
}
