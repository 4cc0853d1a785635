using System.Globalization;
using System.Text.Json.Nodes;
using ETamkeen.Security;
using ETamkeen.Trainings.Activities;
using ETamkeen.Workflows.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// Raises <see cref="TrainingEvaluationSubmittedEvent"/> with what the alert e-mail needs: the
/// session, the participant, the scores, and the coordinators' addresses (the administrators'
/// plus <see cref="EvaluationOptions.CoordinatorEmails"/>).
/// </summary>
public sealed class EvaluationEvents(
    IWorkflowManager workflows,
    SessionCatalog catalog,
    ParticipantStore participants,
    UserManager<User> users,
    EvaluationLinks links,
    IOptions<EvaluationOptions> options)
{
    public async Task RaiseAsync(EvaluationRecord evaluation, EvaluationKind kind, bool low)
    {
        var session = (await catalog.PublishedSessionAsync(evaluation.SessionId))?.Info;
        var participant = await participants.GetAsync(evaluation.ParticipantId);
        var day = CultureInfo.InvariantCulture;
        var input = new JsonObject
        {
            ["Session"] = new JsonObject
            {
                ["ContentItemId"] = evaluation.SessionId,
                ["Title"] = session?.Title ?? evaluation.SessionId,
                ["City"] = session?.City,
                ["FirstDay"] = session?.FirstDay?.ToString("yyyy-MM-dd", day),
                ["LastDay"] = session?.LastDay?.ToString("yyyy-MM-dd", day),
            },
            ["Participant"] = new JsonObject
            {
                ["Id"] = evaluation.ParticipantId,
                ["Name"] = participant?.FullName,
                ["Email"] = participant?.Email,
                ["AdministrationId"] = participant?.AdministrationId,
            },
            ["Kind"] = kind.ToString(),
            ["Average"] = evaluation.Average,
            ["Ratings"] = JsonNode.Parse(evaluation.Ratings),
            ["Comments"] = evaluation.Comments,
            ["LowScore"] = low,
            ["CoordinatorEmails"] = string.Join(",", await CoordinatorEmailsAsync()),
            ["ReportUrl"] = links.Absolute($"/admin/trainings/sessions/{evaluation.SessionId}/evaluations"),
        };

        await workflows.TriggerEventAsync(TrainingEvaluationSubmittedEvent.EventName, input, "training-evaluation-" + evaluation.SessionId);
    }

    private async Task<IReadOnlyList<string>> CoordinatorEmailsAsync()
    {
        var emails = (options.Value.CoordinatorEmails ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        foreach (var user in await users.GetUsersInRoleAsync(RoleNames.Administrator))
        {
            if (user.IsEnabled && user.Email is { Length: > 0 } email)
            {
                emails.Add(email);
            }
        }

        return [.. emails.Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
