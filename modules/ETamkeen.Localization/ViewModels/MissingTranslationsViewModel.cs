namespace ETamkeen.Localization.ViewModels;

public sealed class MissingTranslationsViewModel
{
    public IReadOnlyList<(MissingTranslation Missing, DateTime FirstSeenUtc)> Missing { get; init; } = [];
    public IReadOnlyList<string> Cultures { get; init; } = [];
    public string? Culture { get; init; }
}
