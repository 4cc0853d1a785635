namespace ETamkeen.Trainings.Services;

public enum EvaluationOutcome
{
    Saved,
    InvalidLink,
    ExpiredLink,
    AlreadySubmitted,
    Invalid,
}

/// <summary>What a participant sends from the evaluation form.</summary>
public sealed record EvaluationAnswer(IReadOnlyDictionary<string, string?> Ratings, string? Comments, string? UseAtWork);

/// <summary>The result of opening or submitting an evaluation: the link's meaning, and the errors per field.</summary>
public sealed record EvaluationSubmission(EvaluationOutcome Outcome, EvaluationToken? Token = null)
{
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public EvaluationRecord? Evaluation { get; init; }
}
