using ETamkeen.Shells;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Security;

/// <summary>On a sign-in or public form's POST action: past the budget, 429 with a message and Retry-After.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class FormsRateLimitAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var tenant = services.GetRequiredService<ShellSettings>().Name;
        if (services.GetRequiredService<FormsRateLimiter>().TryAcquire(tenant, context.HttpContext.Connection.RemoteIpAddress?.ToString()))
        {
            await next();
            return;
        }

        var t = services.GetRequiredService<IStringLocalizer<FormsRateLimitAttribute>>();
        context.HttpContext.Response.Headers.RetryAfter = "60";
        context.Result = new ContentResult
        {
            StatusCode = StatusCodes.Status429TooManyRequests,
            ContentType = "text/plain; charset=utf-8",
            Content = t["Too many attempts from your address. Wait a minute and try again."],
        };
    }
}
