using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ETamkeen.Hosting;

internal static class ProblemResponses
{
    /// <summary>A bug's answer: a 500 with a trace id and no internals.</summary>
    public static async Task UnhandledAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException bad)
        {
            // Unreadable input (a malformed JSON body, say) is the client's to fix.
            context.Response.StatusCode = bad.StatusCode;
            await context.Response.WriteAsJsonAsync(
                new { status = bad.StatusCode, title = "The request could not be read.", detail = bad.Message },
                options: null,
                contentType: "application/problem+json");
            return;
        }

        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("ETamkeen.Unhandled")
            .LogError(error, "Unhandled error on {Path}", context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await context.Response.WriteAsJsonAsync(
            new { status = 500, title = "Something went wrong on our side.", traceId = context.TraceIdentifier },
            options: null,
            contentType: "application/problem+json");
    }
}
