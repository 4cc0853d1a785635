using ETamkeen.Trainings.ViewModels;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// A session's evaluations as its page shows them: per kind, the requests sent and answered, the
/// average of each criterion, the comments, and who hasn't answered; limited to the
/// administrations the caller sees (a focal point their own).
/// </summary>
public sealed class EvaluationReport(
    EvaluationStore store,
    RegistrationStore registrations,
    RegistrationQueries queries,
    SessionCatalog catalog,
    IStringLocalizer<EvaluationReport> t)
{
    public async Task<EvaluationReportViewModel> BuildAsync(Models.SessionInfo session, IReadOnlyCollection<string>? administrations)
    {
        var inScope = await queries.WithParticipantsAsync(await registrations.ForSessionAsync(session.ContentItemId, administrations));
        var people = inScope.Where(r => r.Participant is not null).GroupBy(r => r.Registration.ParticipantId).ToDictionary(g => g.Key, g => g.First().Participant!);
        var requests = (await store.RequestsForSessionAsync(session.ContentItemId)).Where(r => people.ContainsKey(r.ParticipantId)).ToList();
        var answers = (await store.ForSessionAsync(session.ContentItemId)).Where(e => people.ContainsKey(e.ParticipantId)).ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in people.Values.Select(p => p.AdministrationId).Distinct())
        {
            names[id] = (await catalog.AdministrationAsync(id))?.DisplayText ?? id;
        }

        var kinds = new List<EvaluationKindReport>();
        foreach (var kind in Enum.GetValues<EvaluationKind>())
        {
            var asked = requests.Where(r => r.Kind == kind.ToString()).ToList();
            var answered = answers.Where(e => e.Kind == kind.ToString()).ToList();
            var ratings = answered.Select(e => e.RatingValues()).ToList();
            var done = answered.Select(e => e.ParticipantId).ToHashSet();
            kinds.Add(new EvaluationKindReport
            {
                Kind = kind,
                Asked = asked.Count,
                Answered = answered.Count,
                Average = answered.Count == 0 ? null : Math.Round(answered.Average(e => e.Average), 2),
                Criteria = [.. EvaluationCriteria.Of(kind).Select(c =>
                {
                    var values = ratings.Where(r => r.ContainsKey(c)).Select(r => r[c]).ToList();
                    return new EvaluationCriterionAverage(c, EvaluationCriteria.Label(t, c), values.Count == 0 ? null : Math.Round(values.Average(), 2), values.Count);
                })],
                Comments = [.. answered.Where(e => e.Comments is not null || e.UseAtWork is not null)
                    .Select(e => new EvaluationComment(e.SubmittedUtc, e.Average, e.Comments, e.UseAtWork))],
                NonRespondents = [.. asked.Where(r => !done.Contains(r.ParticipantId)).Select(r => people[r.ParticipantId])
                    .Select(p => (Person: p, Request: asked.First(r => r.ParticipantId == p.Id)))
                    .OrderBy(x => x.Person.LastName, StringComparer.CurrentCulture).ThenBy(x => x.Person.FirstName, StringComparer.CurrentCulture)
                    .Select(x => new EvaluationNonRespondent(x.Person.FullName, x.Person.Email, names.GetValueOrDefault(x.Person.AdministrationId, x.Person.AdministrationId), x.Request.SentUtc, x.Request.RemindedUtc))],
            });
        }

        return new EvaluationReportViewModel
        {
            SessionId = session.ContentItemId,
            SessionTitle = session.Title,
            FirstDay = session.FirstDay,
            LastDay = session.LastDay,
            Scoped = administrations is not null,
            Kinds = kinds,
        };
    }
}
