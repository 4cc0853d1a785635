using System.Globalization;
using ETamkeen.Workflows.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Workflows.Activities;

/// <summary>
/// Orchard's <c>HttpResponseTask</c>: answers the request whose <c>HttpRequestEvent</c> started or
/// resumed this workflow, with <c>HttpStatusCode</c> (200 when empty), <c>Content</c> (Liquid),
/// <c>ContentType</c> and <c>Headers</c> (<c>Name: value</c> per line, Liquid). Anywhere else there
/// is no one to answer, and the instance faults saying so.
/// </summary>
public sealed class HttpResponseTask : TaskActivity
{
    public override string Name => "HttpResponseTask";
    public override string Category => "HTTP";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("HttpStatusCode", ActivityPropertyTypes.Text, "The status code (200 when empty)."),
        new("Content", ActivityPropertyTypes.Liquid, "The response's body."),
        new("ContentType", ActivityPropertyTypes.Text, "The body's type (text/plain when empty)."),
        new("Headers", ActivityPropertyTypes.Liquid, "One \"Name: value\" per line."),
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var exchange = HttpWorkflowExchange.Of(context.Workflow.Services.GetService<IHttpContextAccessor>()?.HttpContext);
        if (exchange is null || exchange.WorkflowTypeId != context.Workflow.Type.WorkflowTypeId)
        {
            throw new InvalidOperationException("there is no request to answer: the workflow was not started or resumed by its HttpRequestEvent address in this request.");
        }

        var code = context.Text("HttpStatusCode") is { Length: > 0 } text ? text.Trim() : "200";
        if (!int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status is < 100 or > 599)
        {
            throw new FormatException($"'{code}' is not an HTTP status code.");
        }

        var headers = HeaderLines.Parse(await context.RenderLiquidAsync("Headers"));
        var type = context.Text("ContentType") is { Length: > 0 } t ? t.Trim() : "text/plain; charset=utf-8";
        exchange.Response = new HttpWorkflowResponse(status, await context.RenderLiquidAsync("Content"), type, headers);
        return ActivityResult.Outcomes("Done");
    }
}
