using System.Globalization;
using System.Text.Json;
using ETamkeen.Trainings.Models;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.Services;

/// <summary>
/// Opens an evaluation link and takes the participant's answer: ratings 1 to 5 on each of the
/// kind's criteria, one answer per kind and session, then tells workflows (a low score alerts
/// the coordinators through the shipped workflow).
/// </summary>
public sealed class EvaluationService(
    EvaluationLinks links,
    EvaluationStore store,
    EvaluationEvents events,
    ProgrammeCalendar calendar,
    IStringLocalizer<EvaluationService> t)
{
    public const int MaxText = 4000;

    /// <summary>What the link leads to: the form (<see cref="EvaluationOutcome.Saved"/> means "open"), or why not.</summary>
    public async Task<EvaluationSubmission> OpenAsync(string? token)
    {
        var (found, problem) = links.Read(token);
        if (problem == LinkProblem.Invalid || found is null)
        {
            return new(EvaluationOutcome.InvalidLink);
        }

        if (await store.FindAsync(found.SessionId, found.ParticipantId, found.Kind) is { } existing)
        {
            return new(EvaluationOutcome.AlreadySubmitted, found) { Evaluation = existing };
        }

        return problem == LinkProblem.Expired ? new(EvaluationOutcome.ExpiredLink, found) : new(EvaluationOutcome.Saved, found);
    }

    public async Task<EvaluationSubmission> SubmitAsync(string? token, EvaluationAnswer answer)
    {
        var opened = await OpenAsync(token);
        if (opened.Outcome != EvaluationOutcome.Saved || opened.Token is not { } link)
        {
            return opened;
        }

        var errors = new Dictionary<string, string>();
        var ratings = new Dictionary<string, int>();
        foreach (var criterion in EvaluationCriteria.Of(link.Kind))
        {
            var text = answer.Ratings.GetValueOrDefault(criterion)?.Trim();
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= EvaluationCriteria.Lowest and <= EvaluationCriteria.Highest)
            {
                ratings[criterion] = value;
            }
            else
            {
                errors[criterion] = string.IsNullOrEmpty(text)
                    ? t["Rate «{0}» from 1 to 5.", EvaluationCriteria.Label(t, criterion)]
                    : t["«{0}»: the rating must be a whole number from 1 to 5.", EvaluationCriteria.Label(t, criterion)];
            }
        }

        var comments = Clean(answer.Comments);
        var useAtWork = link.Kind == EvaluationKind.Cold ? Clean(answer.UseAtWork) : null;
        if (comments?.Length > MaxText)
        {
            errors["comments"] = t["At most {0} characters.", MaxText];
        }

        if (useAtWork?.Length > MaxText)
        {
            errors["useAtWork"] = t["At most {0} characters.", MaxText];
        }

        if (errors.Count > 0)
        {
            return new(EvaluationOutcome.Invalid, link) { Errors = errors };
        }

        var evaluation = new EvaluationRecord
        {
            SessionId = link.SessionId,
            ParticipantId = link.ParticipantId,
            Kind = link.Kind.ToString(),
            Ratings = JsonSerializer.Serialize(ratings),
            Average = Math.Round(ratings.Values.Average(), 2),
            Comments = comments,
            UseAtWork = useAtWork,
            SubmittedUtc = calendar.UtcNow,
        };
        if (!await store.AddAsync(evaluation))
        {
            return new(EvaluationOutcome.AlreadySubmitted, link) { Evaluation = await store.FindAsync(link.SessionId, link.ParticipantId, link.Kind) };
        }

        await events.RaiseAsync(evaluation, link.Kind, IsLow(ratings, evaluation.Average));
        return new(EvaluationOutcome.Saved, link) { Evaluation = evaluation };
    }

    /// <summary>Low: an average of 2/5 or less, or an overall rating that low.</summary>
    public static bool IsLow(IReadOnlyDictionary<string, int> ratings, double average) =>
        average <= EvaluationCriteria.AlertThreshold || (ratings.TryGetValue("overall", out var overall) && overall <= EvaluationCriteria.AlertThreshold);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
