namespace ETamkeen.Media.Services;

/// <summary>Why a file is not stored; <see cref="TooLarge"/> makes the answer a 413.</summary>
public sealed record MediaRefusal(string Message, bool TooLarge = false);
