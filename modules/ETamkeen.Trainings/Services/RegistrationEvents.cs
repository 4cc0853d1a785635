using System.Globalization;
using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Security;
using ETamkeen.Trainings.Activities;
using ETamkeen.Trainings.Models;
using ETamkeen.Trainings.Workflows;
using ETamkeen.Workflows.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// Tells workflows about a registration that changed, with what their e-mails and user tasks
/// need: the session, the participant, their administration and its focal points (user names,
/// for the approval task, and addresses, for its e-mail), and links to the pages concerned.
/// </summary>
public sealed class RegistrationEvents(
    IWorkflowManager workflows,
    FocalPointStore focalPoints,
    SessionCatalog catalog,
    UserManager<User> users,
    IHttpContextAccessor http)
{
    public async Task RaiseAsync(Registration registration, Participant participant, ContentItem sessionItem, SessionInfo session)
    {
        var administration = await catalog.AdministrationAsync(participant.AdministrationId);
        var focal = await focalPoints.UsersOfAsync(participant.AdministrationId);
        var emails = new List<string>();
        foreach (var name in focal)
        {
            if (await users.FindByNameAsync(name) is { Email.Length: > 0 } user)
            {
                emails.Add(user.Email);
            }
        }

        var request = http.HttpContext?.Request;
        var site = request is null ? "" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        var input = new JsonObject
        {
            ["Registration"] = new JsonObject
            {
                ["Id"] = registration.Id,
                ["Status"] = registration.Status.ToString(),
                ["WaitlistPosition"] = registration.WaitlistPosition,
                ["RequestedBy"] = registration.RequestedBy,
                ["DecidedBy"] = registration.DecidedBy,
                ["Reason"] = registration.Reason,
            },
            ["Session"] = new JsonObject
            {
                ["ContentItemId"] = session.ContentItemId,
                ["Title"] = session.Title,
                ["City"] = session.City,
                ["FirstDay"] = session.FirstDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["LastDay"] = session.LastDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["Times"] = $"{session.DailyStart:HH\\:mm}–{session.DailyEnd:HH\\:mm}",
                ["Url"] = site + "/" + (sessionItem.Text("AutoroutePart", "Path") ?? "").TrimStart('/'),
            },
            ["Participant"] = new JsonObject
            {
                ["Id"] = participant.Id,
                ["Name"] = participant.FullName,
                ["Email"] = participant.Email,
                ["UserName"] = participant.UserName,
            },
            ["Administration"] = new JsonObject
            {
                ["Id"] = participant.AdministrationId,
                ["Name"] = administration?.DisplayText ?? participant.AdministrationId,
            },
            ["FocalPoints"] = string.Join(",", focal),
            ["FocalPointEmails"] = string.Join(",", emails),
            ["TasksUrl"] = site + "/admin/workflows/tasks",
            ["RegistrationsUrl"] = site + "/admin/trainings/registrations",
        };

        await workflows.TriggerEventAsync(TrainingRegistrationEvent.EventName, input, TrainingWorkflows.Correlation(registration.Id));
    }
}
