using System.Security.Cryptography;

namespace ETamkeen.Recipes.Scripting;

/// <summary>
/// Identifiers in Orchard's format: 26 characters of lowercase Crockford base32, which
/// leaves out i, l, o and u so that an id read aloud or retyped can't be misread.
/// </summary>
public static class OrchardId
{
    public const int Length = 26;

    public const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>130 random bits: as unlikely to collide as a GUID, and ids don't leak creation order.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static bool IsValid(string? id) =>
        id is { Length: Length } && id.AsSpan().IndexOfAnyExcept(Alphabet) < 0;
}
