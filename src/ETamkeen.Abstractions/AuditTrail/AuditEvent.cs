using System.Text.Encodings.Web;
using System.Text.Json;

namespace ETamkeen.AuditTrail;

/// <summary>
/// What happened, as the module that did it says it: <c>new AuditEvent(AuditCategories.Content,
/// "Published", item.ContentItemId) { SubjectDisplay = item.DisplayText }</c>.
/// </summary>
/// <param name="Category">The kind of thing acted on; see <see cref="AuditCategories"/>.</param>
/// <param name="Action">What was done, as a past participle: <c>Created</c>, <c>Published</c>, <c>Enabled</c>.</param>
/// <param name="Subject">The stable id or name of the thing (content item id, feature id, user id).</param>
public sealed record AuditEvent(string Category, string Action, string Subject)
{
    /// <summary>The thing's name as people know it (a title, a user name), when it differs from <see cref="Subject"/>.</summary>
    public string? SubjectDisplay { get; init; }

    /// <summary>A short sentence or a small JSON object (what changed); long values are cut.</summary>
    public string? Details { get; init; }

    private static readonly JsonSerializerOptions DetailsOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// <see cref="Details"/> as a small JSON object, with its letters readable (<c>é</c>, not
    /// <c>\u00E9</c>): the audit page encodes what it shows.
    /// </summary>
    public static string Json(object details) => JsonSerializer.Serialize(details, DetailsOptions);
}
