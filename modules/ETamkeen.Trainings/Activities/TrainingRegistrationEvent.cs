using System.Text.Json.Nodes;
using ETamkeen.Workflows.Activities;

namespace ETamkeen.Trainings.Activities;

/// <summary>
/// A registration was made or changed state. <c>Statuses</c> limits it to some states
/// (the shipped approval workflow starts on <c>Requested</c>); the input carries
/// <c>Registration</c>, <c>Session</c>, <c>Participant</c>, <c>Administration</c>,
/// <c>FocalPoints</c> and <c>FocalPointEmails</c>.
/// </summary>
public sealed class TrainingRegistrationEvent : EventActivity
{
    public const string EventName = "TrainingRegistrationEvent";

    public override string Name => EventName;
    public override string Category => "Trainings";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("Statuses", ActivityPropertyTypes.TextList, "Requested, Approved, Waitlisted, Cancelled, Declined; empty for every change.")];

    public override Task<bool> CanExecuteAsync(ActivityContext context)
    {
        var statuses = context.List("Statuses");
        var status = (context.Workflow.State.Input["Registration"] as JsonObject)?["Status"]?.GetValue<string>();
        return Task.FromResult(status is not null && (statuses.Count == 0 || statuses.Contains(status, StringComparer.OrdinalIgnoreCase)));
    }
}
