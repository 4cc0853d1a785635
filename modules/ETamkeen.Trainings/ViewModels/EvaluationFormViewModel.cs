using ETamkeen.Trainings.Services;

namespace ETamkeen.Trainings.ViewModels;

/// <summary>One criterion on the evaluation form, with what was chosen when the form comes back with errors.</summary>
public sealed record EvaluationCriterionField(string Key, string Label, string? Value, string? Error);

/// <summary>The evaluation form a participant opens from their e-mail.</summary>
public sealed record EvaluationFormViewModel
{
    public required string Culture { get; init; }
    public required string Token { get; init; }
    public required EvaluationKind Kind { get; init; }
    public required string SessionTitle { get; init; }
    public required string TrainingTitle { get; init; }
    public required string ParticipantName { get; init; }
    public string? City { get; init; }
    public DateOnly? FirstDay { get; init; }
    public DateOnly? LastDay { get; init; }
    public required IReadOnlyList<EvaluationCriterionField> Criteria { get; init; }
    public string? Comments { get; init; }
    public string? UseAtWork { get; init; }
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
}

/// <summary>A page that only says something: a refused link, a thank-you, an evaluation already in.</summary>
public sealed record EvaluationMessageViewModel
{
    public required string Title { get; init; }
    public required string Message { get; init; }
    public string? CertificateUrl { get; init; }
    public string? CertificateNumber { get; init; }
}
