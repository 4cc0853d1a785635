namespace ETamkeen.Localization;

/// <summary>A source string that has no translation in a culture, where it was asked for.</summary>
public sealed record MissingTranslation(string Culture, string Context, string Id);
