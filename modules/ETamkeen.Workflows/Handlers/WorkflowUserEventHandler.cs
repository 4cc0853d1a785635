using System.Text.Json.Nodes;
using ETamkeen.Security;
using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Services;

namespace ETamkeen.Workflows.Handlers;

/// <summary>Raises account events as workflow events.</summary>
public sealed class WorkflowUserEventHandler(IWorkflowManager workflows) : IUserEventHandler
{
    public Task RegisteredAsync(UserEventContext user, CancellationToken cancellationToken) =>
        workflows.TriggerEventAsync(
            nameof(UserRegisteredEvent),
            new JsonObject { ["User"] = new JsonObject { ["UserId"] = user.UserId, ["UserName"] = user.UserName, ["Email"] = user.Email } },
            user.UserId,
            cancellationToken: cancellationToken);
}
