using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Api;
using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Http;
using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.Workflows.Endpoints;

/// <summary>
/// <c>/api/workflows</c>: the activity descriptors a designer draws from, the types and their
/// instances, restart, and signals.
/// </summary>
public static class WorkflowApi
{
    // Types and instances keep Orchard's PascalCase names, as the recipes and exports have them.
    private static readonly JsonSerializerOptions Orchard = new() { PropertyNamingPolicy = null };

    public static void MapWorkflowApi(this IEndpointRouteBuilder routes)
    {
        var manage = routes.MapApiGroup("/api/workflows", Permissions.ManageWorkflows);
        manage.MapGet("/activities", Activities);
        manage.MapGet("/types", async (WorkflowTypeStore types, CancellationToken ct) =>
            Results.Json((await types.ListAsync(cancellationToken: ct)).Select(t => new { t.WorkflowTypeId, t.Name, t.IsEnabled, t.Version }), Orchard));
        manage.MapGet("/types/{id}", async (string id, WorkflowTypeStore types, CancellationToken ct) =>
            await types.GetAsync(id, ct) is { } type ? Results.Ok(WorkflowTypeSerializer.Write(type)) : Results.NotFound());
        manage.MapGet("/types/{id}/instances", async (string id, WorkflowInstanceStore instances, CancellationToken ct) =>
            Results.Json((await instances.ListAsync(id, cancellationToken: ct)).Select(Summary), Orchard));
        manage.MapGet("/types/{id}/activities/{activityId}/url", InvokeUrlAsync);
        manage.MapGet("/instances/{id}", async (string id, WorkflowInstanceStore instances, CancellationToken ct) =>
            await instances.GetAsync(id, ct) is { } instance
                ? Results.Json(Detail(instance, await instances.BlockingOfAsync(id, ct)), Orchard)
                : Results.NotFound());
        manage.MapPost("/instances/{id}/restart", async (string id, IWorkflowManager workflows, CancellationToken ct) =>
            await workflows.RestartAsync(id, ct) ? Results.NoContent() : ApiRoutes.Problem(StatusCodes.Status409Conflict, "Only a faulted instance can be restarted."));

        routes.MapApiGroup("/api/workflows/signal", Permissions.ExecuteWorkflows).MapPost("/{name}", SignalAsync);
    }

    /// <summary>
    /// The signed address of a type's <c>HttpRequestEvent</c>, for an administrator to hand out;
    /// <c>?workflowId=</c> makes one that resumes that instance, <c>?correlationId=</c> one that
    /// starts (or resumes) with that correlation id.
    /// </summary>
    private static async Task<IResult> InvokeUrlAsync(string id, string activityId, string? workflowId, string? correlationId, WorkflowTypeStore types, WorkflowLinkProtector protector, WorkflowLinks links, CancellationToken ct)
    {
        if (await types.GetAsync(id, ct) is not { } type)
        {
            return Results.NotFound();
        }

        if (type.Activity(activityId) is not { Name: nameof(HttpRequestEvent) } activity)
        {
            return ApiRoutes.Problem(StatusCodes.Status404NotFound, $"The workflow has no HttpRequestEvent {activityId}.");
        }

        var (token, expires) = protector.Protect(
            new InvocationToken(type.WorkflowTypeId, activityId, string.IsNullOrWhiteSpace(workflowId) ? null : workflowId, string.IsNullOrWhiteSpace(correlationId) ? null : correlationId),
            HttpRequestEvent.LifeSpan(activity.Properties["TokenLifeSpan"]?.ToString()));
        return Results.Ok(new { url = links.Invoke(token), method = HttpRequestEvent.MethodOf(activity.Properties["HttpMethod"]?.ToString()), expiresUtc = expires });
    }

    private static IResult Activities(ActivityLibrary library) =>
        Results.Ok(ActivityDescriptors.Describe(library).Select(ActivityDescriptors.ToJson));

    /// <summary>Triggers <c>SignalEvent</c>s named <paramref name="name"/>; the body (a JSON object, optional) is the input; <c>?exclusive=true</c> starts no second instance for a correlation id.</summary>
    private static async Task<IResult> SignalAsync(string name, HttpRequest request, IWorkflowManager workflows, string? correlationId, bool? exclusive, CancellationToken ct)
    {
        JsonObject input;
        try
        {
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync(ct);
            input = string.IsNullOrWhiteSpace(text) ? [] : JsonNode.Parse(text) as JsonObject ?? throw new JsonException("the body must be a JSON object.");
        }
        catch (JsonException e)
        {
            return ApiRoutes.Invalid("body", "The body is not a JSON object: " + e.Message);
        }

        input["Signal"] = name;
        await workflows.TriggerEventAsync(nameof(SignalEvent), input, correlationId, exclusive ?? false, ct);
        return Results.Accepted();
    }

    private static object Summary(WorkflowInstance i) => new
    {
        i.WorkflowId,
        i.WorkflowTypeId,
        i.TypeVersion,
        Status = i.Status.ToString(),
        i.CorrelationId,
        i.FaultMessage,
        i.CreatedUtc,
        i.ModifiedUtc,
    };

    private static object Detail(WorkflowInstance i, IReadOnlyList<BlockingActivity> blocking) => new
    {
        i.WorkflowId,
        i.WorkflowTypeId,
        i.TypeVersion,
        Status = i.Status.ToString(),
        i.CorrelationId,
        i.FaultMessage,
        i.CreatedUtc,
        i.ModifiedUtc,
        i.State,
        BlockingActivities = blocking.Select(b => new { b.ActivityId, b.ActivityName, b.DueUtc, Roles = BlockingActivity.Split(b.Roles), Users = BlockingActivity.Split(b.Users) }),
    };
}
