using System.Text.Json.Nodes;
using ETamkeen.Api;
using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Workflows.Http;

/// <summary>
/// <c>/workflows/invoke?token=...</c>: the signed address of an <c>HttpRequestEvent</c>. Anyone
/// holding the address may call it (it is the secret); a token that was changed or has expired
/// gives 404, a wrong method 405, a bad body 400, and nothing runs then.
/// </summary>
public static class HttpWorkflowEndpoints
{
    public static void MapHttpWorkflows(this IEndpointRouteBuilder routes) =>
        routes.Map(WorkflowLinks.InvokePath, InvokeAsync).AllowAnonymous().DisableAntiforgery();

    private static async Task<IResult> InvokeAsync(
        HttpContext http,
        string? token,
        WorkflowLinkProtector protector,
        WorkflowTypeStore types,
        WorkflowInstanceStore instances,
        IWorkflowManager workflows,
        IAntiforgery antiforgery,
        CancellationToken ct)
    {
        if (protector.ReadInvocation(token) is not { } invocation)
        {
            return ApiRoutes.Problem(StatusCodes.Status404NotFound, "This workflow address is not valid or has expired.");
        }

        var type = await types.GetAsync(invocation.TypeId, ct);
        if (type is not { IsEnabled: true } || type.Activity(invocation.ActivityId) is not { Name: nameof(HttpRequestEvent) } start)
        {
            return ApiRoutes.Problem(StatusCodes.Status404NotFound, "This workflow address leads to no enabled workflow.");
        }

        var method = HttpRequestEvent.MethodOf(start.Properties["HttpMethod"] is JsonValue m && m.GetValueKind() == System.Text.Json.JsonValueKind.String ? m.GetValue<string>() : null);
        if (!HttpMethods.Equals(method, http.Request.Method))
        {
            http.Response.Headers.Allow = method;
            return ApiRoutes.Problem(StatusCodes.Status405MethodNotAllowed, $"This workflow address expects {method}.");
        }

        if (start.Properties["ValidateAntiforgeryToken"] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.True && !await antiforgery.IsRequestValidAsync(http))
        {
            return ApiRoutes.Problem(StatusCodes.Status400BadRequest, "The antiforgery token is missing or not valid.");
        }

        JsonObject input;
        try
        {
            input = await HttpRequestInput.ReadAsync(http.Request, ct);
        }
        catch (FormatException e)
        {
            return ApiRoutes.Invalid("body", e.Message);
        }

        var exchange = new HttpWorkflowExchange(type.WorkflowTypeId);
        exchange.Attach(http);
        if (!await RunAsync(invocation, type, start, input, instances, workflows, ct))
        {
            return ApiRoutes.Problem(StatusCodes.Status409Conflict, "No workflow is waiting for this address now.");
        }

        if (exchange.Response is not { } response)
        {
            return Results.Accepted();
        }

        foreach (var (name, value) in response.Headers)
        {
            http.Response.Headers.Append(name, value);
        }

        return Results.Text(response.Content, response.ContentType, statusCode: response.StatusCode);
    }

    /// <summary>Resumes the instance the address names; else starts the type at it; else resumes the instances waiting there.</summary>
    private static async Task<bool> RunAsync(InvocationToken invocation, WorkflowType type, ActivityRecord start, JsonObject input, WorkflowInstanceStore instances, IWorkflowManager workflows, CancellationToken ct)
    {
        if (invocation.WorkflowId is { Length: > 0 } workflowId)
        {
            return (await instances.BlockingOfAsync(workflowId, ct)).FirstOrDefault(b => b.ActivityId == start.ActivityId) is { } waiting
                && await workflows.ResumeAsync(waiting, input, ct);
        }

        if (start.IsStart)
        {
            // A singleton type that is already running starts nothing (the manager's start lock).
            return await workflows.StartAsync(type, start, input, invocation.CorrelationId, ct) is not null;
        }

        var resumed = false;
        foreach (var waiting in await instances.BlockingByNameAsync(nameof(HttpRequestEvent), invocation.CorrelationId, ct))
        {
            if (waiting.WorkflowTypeId == type.WorkflowTypeId && waiting.ActivityId == start.ActivityId)
            {
                resumed |= await workflows.ResumeAsync(waiting, input, ct);
            }
        }

        return resumed;
    }
}
