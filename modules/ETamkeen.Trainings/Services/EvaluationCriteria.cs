using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.Services;

/// <summary>Hot: right after the last day, on the session itself. Cold: weeks later, on what changed at work.</summary>
public enum EvaluationKind
{
    Hot,
    Cold,
}

/// <summary>The criteria each kind of evaluation rates from 1 to 5, and their labels in the reader's language.</summary>
public static class EvaluationCriteria
{
    public const int Lowest = 1;
    public const int Highest = 5;

    /// <summary>An average (or an overall rating) at or under this alerts the coordinators.</summary>
    public const double AlertThreshold = 2;

    public static readonly IReadOnlyList<string> Hot = ["content", "trainer", "organisation", "usefulness", "overall"];
    public static readonly IReadOnlyList<string> Cold = ["use-at-work", "impact", "recommend"];

    public static IReadOnlyList<string> Of(EvaluationKind kind) => kind == EvaluationKind.Hot ? Hot : Cold;

    public static string Label(IStringLocalizer t, string criterion) => criterion switch
    {
        "content" => t["Content of the training"],
        "trainer" => t["The trainer"],
        "organisation" => t["Organisation and logistics"],
        "usefulness" => t["Usefulness for your job"],
        "overall" => t["Overall satisfaction"],
        "use-at-work" => t["I use what I learned at work"],
        "impact" => t["Impact on my service's work"],
        "recommend" => t["I would recommend this training"],
        _ => criterion,
    };

    public static string KindName(IStringLocalizer t, EvaluationKind kind) =>
        kind == EvaluationKind.Hot ? t["Hot evaluation"] : t["Cold evaluation"];

    public static bool TryParseKind(string? text, out EvaluationKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind);
}
