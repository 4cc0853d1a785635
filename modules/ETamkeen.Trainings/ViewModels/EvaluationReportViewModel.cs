using ETamkeen.Trainings.Services;

namespace ETamkeen.Trainings.ViewModels;

/// <summary>A criterion's average over the answers that rated it.</summary>
public sealed record EvaluationCriterionAverage(string Key, string Label, double? Average, int Count);

/// <summary>Someone asked for an evaluation who hasn't answered.</summary>
public sealed record EvaluationNonRespondent(string Name, string Email, string Administration, DateTime SentUtc, DateTime? RemindedUtc);

/// <summary>An answer's free text.</summary>
public sealed record EvaluationComment(DateTime SubmittedUtc, double Average, string? Comments, string? UseAtWork);

/// <summary>One kind's figures on a session's evaluation page.</summary>
public sealed record EvaluationKindReport
{
    public required EvaluationKind Kind { get; init; }
    public required int Asked { get; init; }
    public required int Answered { get; init; }
    public double? ResponseRate => Asked == 0 ? null : (double)Answered / Asked;
    public double? Average { get; init; }
    public required IReadOnlyList<EvaluationCriterionAverage> Criteria { get; init; }
    public required IReadOnlyList<EvaluationComment> Comments { get; init; }
    public required IReadOnlyList<EvaluationNonRespondent> NonRespondents { get; init; }
}

/// <summary><c>/admin/trainings/sessions/{id}/evaluations</c>.</summary>
public sealed record EvaluationReportViewModel
{
    public required string SessionId { get; init; }
    public required string SessionTitle { get; init; }
    public DateOnly? FirstDay { get; init; }
    public DateOnly? LastDay { get; init; }

    /// <summary>True when the caller sees only their administrations' participants.</summary>
    public bool Scoped { get; init; }
    public required IReadOnlyList<EvaluationKindReport> Kinds { get; init; }
}

/// <summary>The public verification page of a certificate.</summary>
public sealed record CertificateVerifyViewModel
{
    public required string Culture { get; init; }
    public CertificateView? Certificate { get; init; }
}
