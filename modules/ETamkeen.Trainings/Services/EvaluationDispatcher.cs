using ETamkeen.Trainings.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ETamkeen.Trainings.Services;

/// <summary>What one run of the evaluation timer did.</summary>
public sealed record EvaluationRun(int Sent, int Reminded, int Failed);

/// <summary>
/// What the shipped timer workflow runs: the hot evaluation to every approved participant (who
/// came at least once, when the attendance sheet was kept) once the session's last day is over,
/// the cold one <see cref="EvaluationOptions.ColdEvaluationWeeks"/> weeks later, and one reminder
/// to those who haven't answered after <see cref="EvaluationOptions.EvaluationReminderDays"/>
/// days. A request row is claimed before its e-mail goes, so nobody gets two however many runs
/// or nodes overlap; a failed send gives it back for the next run.
/// </summary>
public sealed class EvaluationDispatcher(
    SessionCatalog catalog,
    RegistrationStore registrations,
    ParticipantStore participants,
    EvaluationStore store,
    EvaluationAttendance attendance,
    EvaluationLinks links,
    EvaluationMail mail,
    ProgrammeCalendar calendar,
    ETamkeen.Settings.ISiteService site,
    IOptions<EvaluationOptions> options,
    ILogger<EvaluationDispatcher> logger)
{
    public async Task<EvaluationRun> RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = calendar.UtcNow;
        var coldDelay = TimeSpan.FromDays(7 * Math.Clamp(settings.ColdEvaluationWeeks, 0, 520));
        var window = TimeSpan.FromDays(Math.Clamp(settings.EvaluationSendWindowDays, 1, 3650));
        var remindAfter = TimeSpan.FromDays(Math.Clamp(settings.EvaluationReminderDays, 1, 365));
        var culture = (await site.GetAsync(cancellationToken)).DefaultCulture;
        var oldest = calendar.Today.AddDays(-(int)(coldDelay + window + remindAfter + window).TotalDays - 1);

        int sent = 0, reminded = 0, failed = 0;
        foreach (var (_, session) in await catalog.SessionsAsync(new SessionQuery { From = oldest, To = calendar.Today, Take = 5000 }))
        {
            if (session.Cancelled || EndUtc(session) is not { } end || end > now)
            {
                continue;
            }

            var approved = (await registrations.ForSessionAsync(session.ContentItemId)).Where(r => r.Status == RegistrationStatus.Approved).ToList();
            if (approved.Count == 0)
            {
                continue;
            }

            var present = await attendance.PresentDaysAsync(session.ContentItemId, approved.ToDictionary(r => r.Id, r => r.ParticipantId));
            var people = (await participants.GetManyAsync(approved.Where(r => present is null || present.ContainsKey(r.ParticipantId)).Select(r => r.ParticipantId))).ToDictionary(p => p.Id);
            var requests = await store.RequestsForSessionAsync(session.ContentItemId);
            var answered = (await store.ForSessionAsync(session.ContentItemId)).Select(e => (e.ParticipantId, e.Kind)).ToHashSet();

            foreach (var kind in Enum.GetValues<EvaluationKind>())
            {
                var due = kind == EvaluationKind.Hot ? end : end + coldDelay;
                if (now < due)
                {
                    continue;
                }

                var asked = requests.Where(r => r.Kind == kind.ToString()).ToDictionary(r => r.ParticipantId);
                if (now < due + window)
                {
                    foreach (var person in people.Values.Where(p => !asked.ContainsKey(p.Id)))
                    {
                        var token = links.Protect(session.ContentItemId, person.Id, kind);
                        if (!await store.ClaimRequestAsync(session.ContentItemId, person.Id, kind, now, EvaluationLinks.Hash(token)))
                        {
                            continue;
                        }

                        if (await SendAsync(person, session, kind, culture, token, reminder: false, cancellationToken))
                        {
                            sent++;
                        }
                        else
                        {
                            failed++;
                            await store.ReleaseRequestAsync(session.ContentItemId, person.Id, kind);
                        }
                    }
                }

                foreach (var request in asked.Values.Where(r => r.RemindedUtc is null && now >= r.SentUtc + remindAfter && now < r.SentUtc + remindAfter + window
                    && !answered.Contains((r.ParticipantId, r.Kind)) && people.ContainsKey(r.ParticipantId)))
                {
                    var token = links.Protect(session.ContentItemId, request.ParticipantId, kind);
                    if (!await store.ClaimReminderAsync(request.Id, now, EvaluationLinks.Hash(token)))
                    {
                        continue;
                    }

                    if (await SendAsync(people[request.ParticipantId], session, kind, culture, token, reminder: true, cancellationToken))
                    {
                        reminded++;
                    }
                    else
                    {
                        failed++;
                        await store.ReleaseReminderAsync(request.Id);
                    }
                }
            }
        }

        return new EvaluationRun(sent, reminded, failed);
    }

    /// <summary>When the session's last day ends (local time), in UTC; null for a session without days.</summary>
    public static DateTime? EndUtc(SessionInfo session) =>
        session.LastDay is { } last ? ProgrammeCalendar.ToUtc(last, session.DailyEnd) : null;

    private async Task<bool> SendAsync(Participant person, SessionInfo session, EvaluationKind kind, string culture, string token, bool reminder, CancellationToken cancellationToken)
    {
        var expires = calendar.UtcNow.AddDays(Math.Max(1, options.Value.EvaluationLinkDays));
        var result = await mail.SendAsync(person, session, kind, links.FormUrl(culture, token), new DateTimeOffset(expires, TimeSpan.Zero), reminder, options.Value.ColdEvaluationWeeks, cancellationToken);
        if (!result.Succeeded)
        {
            logger.LogWarning("The {Kind} evaluation of session {Session} could not be sent to participant {Participant}: {Error}", kind, session.ContentItemId, person.Id, result.Error);
        }

        return result.Succeeded;
    }
}
