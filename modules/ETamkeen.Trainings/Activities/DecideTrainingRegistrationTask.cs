using System.Text.Json.Nodes;
using ETamkeen.Trainings.Services;
using ETamkeen.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Trainings.Activities;

/// <summary>
/// Approves or declines the registration the workflow is about (input <c>Registration.Id</c>),
/// in the name of whoever chose on the user task. <c>NotPending</c> when it no longer waited for
/// a decision (cancelled meanwhile, or decided on the registrations page).
/// </summary>
public sealed class DecideTrainingRegistrationTask : TaskActivity
{
    public override string Name => "DecideTrainingRegistrationTask";
    public override string Category => "Trainings";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("Decision", ActivityPropertyTypes.Text, "Approve or Decline.", Required: true),
        new("Reason", ActivityPropertyTypes.Liquid, "Kept with a declined registration and shown to the participant."),
    ];

    public override IEnumerable<string> Outcomes(ActivityContext context) => ["Done", "NotPending"];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var decision = context.Text("Decision")?.Trim();
        var approve = string.Equals(decision, "Approve", StringComparison.OrdinalIgnoreCase);
        if (!approve && !string.Equals(decision, "Decline", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"Decision must be Approve or Decline, not '{decision}'.");
        }

        var input = context.Workflow.State.Input;
        var id = (input["Registration"] as JsonObject)?["Id"] is JsonValue v && v.TryGetValue<long>(out var n) ? n
            : throw new InvalidOperationException("This workflow was not started by a training registration (no Registration.Id in its input).");
        var by = input["UserName"] is JsonValue u && u.TryGetValue<string>(out var name) ? name : "workflow";
        var reason = (await context.RenderLiquidAsync("Reason")).Trim();

        var service = context.Workflow.Services.GetRequiredService<RegistrationService>();
        var result = await service.DecideAsync(id, approve, by, reason.Length == 0 ? null : reason);
        context.Workflow.State.LastResult = JsonValue.Create(result.Message);
        return ActivityResult.Outcomes(result.Succeeded ? "Done" : "NotPending");
    }
}
