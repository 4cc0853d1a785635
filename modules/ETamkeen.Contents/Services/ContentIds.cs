using ETamkeen.Recipes.Scripting;

namespace ETamkeen.Contents.Services;

/// <summary>Content item and version ids: new ones in Orchard's form, given ones checked loosely (recipes from elsewhere).</summary>
public static class ContentIds
{
    public static string New() => OrchardId.New();

    /// <summary>Ids from recipes and clients: letters, digits, '-' and '_', at most 64.</summary>
    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
