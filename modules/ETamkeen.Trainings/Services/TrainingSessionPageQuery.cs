using System.Security.Claims;
using ETamkeen.Contents;
using ETamkeen.Contents.Services;
using ETamkeen.Security;
using ETamkeen.Settings;
using ETamkeen.Trainings.Models;
using ETamkeen.Trainings.ViewModels;
using Microsoft.AspNetCore.Authorization;

namespace ETamkeen.Trainings.Services;

/// <summary>Gathers a session page's live part: seats, figures, and the reader's own registration and form.</summary>
public sealed class TrainingSessionPageQuery(
    TrainingSchedule schedule,
    SessionCatalog catalog,
    ContentQueries queries,
    RegistrationStore registrations,
    ParticipantStore participants,
    AdministrationDirectory administrations,
    ISiteService site,
    IAuthorizationService authorization)
{
    public async Task<TrainingSessionPage?> BuildAsync(string sessionId, string culture, ClaimsPrincipal user)
    {
        if (await schedule.SessionAsync(sessionId) is not { } session)
        {
            return null;
        }

        var info = session.Info;
        var training = await catalog.TrainingAsync(info.TrainingSet, culture, (await site.GetAsync()).DefaultCulture);
        var all = await registrations.ForSessionAsync(sessionId);
        var active = all.Where(r => r.Status.IsActive()).ToList();
        var people = await participants.GetManyAsync([.. active.Select(r => r.ParticipantId).Distinct()]);

        var signedIn = user.Identity?.IsAuthenticated == true;
        var mayRegister = signedIn && await authorization.HasPermissionAsync(user, Permissions.RegisterForTrainings);
        var me = mayRegister ? await MeAsync(user) : null;
        var email = user.FindFirstValue(ClaimTypes.Email) ?? me?.Email ?? "";
        return new TrainingSessionPage
        {
            Session = session,
            TrainingPath = training?.Text("AutoroutePart", "Path"),
            TrainingCulture = training?.Text("LocalizationPart", "Culture"),
            Trainers = await NamesAsync(info.TrainerIds, _ => true, i => i.DisplayText),
            Administrations = await NamesAsync(info.AdministrationIds, i => i.ContentType == TrainingContent.Administration, i => AdministrationDirectory.Name(i, culture)),
            ByStatus = [.. Enum.GetValues<RegistrationStatus>().Select(s => (s, all.Count(r => r.Status == s)))],
            WomenShare = people.Count == 0 ? null : (double)people.Count(p => p.Sex == "F") / people.Count,
            AdministrationsRepresented = active.Select(r => r.AdministrationId).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).Count(),
            SignedIn = signedIn,
            MayRegister = mayRegister,
            Prefill = new ParticipantInput
            {
                Email = email,
                FirstName = me?.FirstName,
                LastName = me?.LastName,
                Sex = me?.Sex,
                AdministrationId = me?.AdministrationId,
                Grade = me?.Grade,
                RegionTermId = me?.RegionTermId,
                Function = me?.Function,
            },
            AdministrationChoices = mayRegister ? await administrations.PublishedAsync(culture) : [],
            Mine = me is null ? null : all.Where(r => r.ParticipantId == me.Id).OrderByDescending(r => r.Status.IsActive()).ThenByDescending(r => r.Id).FirstOrDefault(),
        };
    }

    /// <summary>The signed-in person's participant record: by their account, else by their account's e-mail.</summary>
    public async Task<Participant?> MeAsync(ClaimsPrincipal user)
    {
        if (user.Identity?.Name is { Length: > 0 } name && await participants.FindByUserAsync(name) is { } byAccount)
        {
            return byAccount;
        }

        return user.FindFirstValue(ClaimTypes.Email) is { Length: > 0 } email ? await participants.FindByEmailAsync(email) : null;
    }

    private async Task<IReadOnlyList<string>> NamesAsync(IReadOnlyList<string> ids, Func<ContentItem, bool> keep, Func<ContentItem, string> name)
    {
        var names = new List<string>();
        foreach (var id in ids)
        {
            if (await queries.PublishedAsync(id) is { } item && keep(item))
            {
                names.Add(name(item));
            }
        }

        return names;
    }
}
