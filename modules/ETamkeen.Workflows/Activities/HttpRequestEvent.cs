using System.Globalization;

namespace ETamkeen.Workflows.Activities;

/// <summary>
/// Orchard's <c>HttpRequestEvent</c>: starts or resumes a workflow when its signed address
/// (<c>/workflows/invoke?token=...</c>, from <c>GET /api/workflows/types/{id}/activities/{activityId}/url</c>)
/// is called with <c>HttpMethod</c>. The input is the request: <c>Method</c>, <c>Query</c>, and
/// <c>Body</c> (a JSON body as it is, a form as an object). <c>TokenLifeSpan</c> is in days
/// (0: the address doesn't expire); <c>ValidateAntiforgeryToken</c> for addresses posted from the site's own forms.
/// </summary>
public sealed class HttpRequestEvent : EventActivity
{
    public override string Name => "HttpRequestEvent";
    public override string Category => "HTTP";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("HttpMethod", ActivityPropertyTypes.Text, "GET, POST, PUT, PATCH or DELETE (GET when empty)."),
        new("ValidateAntiforgeryToken", ActivityPropertyTypes.Boolean, "Only for requests posted from this site's forms."),
        new("TokenLifeSpan", ActivityPropertyTypes.Text, "How many days the address works; 0 for no end."),
    ];

    public static string Method(ActivityContext context) => MethodOf(context.Text("HttpMethod"));

    public static string MethodOf(string? text) => string.IsNullOrWhiteSpace(text) ? "GET" : text.Trim().ToUpperInvariant();

    /// <summary>Null for an address with no end.</summary>
    public static TimeSpan? LifeSpan(string? days) =>
        double.TryParse(days, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0 ? TimeSpan.FromDays(Math.Min(d, 36500)) : null;
}
