namespace ETamkeen.Library.Models;

/// <summary>
/// The names the library's definitions, recipes and the search module share. The taxonomies
/// have fixed ids so that a recipe can pick their terms on any tenant.
/// </summary>
public static class LibraryContent
{
    public const string EntryPart = "LibraryEntry";
    public const string GoodPractice = "GoodPractice";
    public const string LessonLearned = "LessonLearned";
    public const string SuccessStory = "SuccessStory";
    public const string Resource = "Resource";

    public static readonly IReadOnlyList<string> Types = [GoodPractice, LessonLearned, SuccessStory, Resource];

    public const string AxesTaxonomyId = "library-axes";
    public const string TagsTaxonomyId = "library-tags";
    public const string AxesAlias = "library-axes";
    public const string TagsAlias = "library-tags";

    public static bool IsLibraryType(string? contentType) => contentType is not null && Types.Contains(contentType, StringComparer.Ordinal);
}
