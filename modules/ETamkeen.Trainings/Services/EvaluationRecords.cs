namespace ETamkeen.Trainings.Services;

/// <summary>A submitted evaluation; <see cref="Ratings"/> is JSON <c>{criterion: 1..5}</c>.</summary>
public sealed class EvaluationRecord
{
    public long Id { get; set; }
    public string SessionId { get; set; } = "";
    public long ParticipantId { get; set; }
    public string Kind { get; set; } = "";
    public string Ratings { get; set; } = "{}";
    public double Average { get; set; }
    public string? Comments { get; set; }
    public string? UseAtWork { get; set; }
    public DateTime SubmittedUtc { get; set; }

    public IReadOnlyDictionary<string, int> RatingValues() =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int>>(Ratings) ?? [];
}

/// <summary>An evaluation e-mailed to a participant, and when they were reminded.</summary>
public sealed class EvaluationRequestRecord
{
    public long Id { get; set; }
    public string SessionId { get; set; } = "";
    public long ParticipantId { get; set; }
    public string Kind { get; set; } = "";
    public DateTime SentUtc { get; set; }
    public DateTime? RemindedUtc { get; set; }
    public string TokenHash { get; set; } = "";
}
