namespace ETamkeen.Deployment;

/// <summary>
/// What the caller of an export asked to narrow, for the sources of this request's scope
/// (the deployment contract carries steps only). Empty means everything.
/// </summary>
public sealed class ExportFilter
{
    /// <summary>Content types whose items are exported; definitions are always exported whole.</summary>
    public IReadOnlySet<string>? ContentTypes { get; set; }

    public bool IncludesContentType(string contentType) => ContentTypes is not { Count: > 0 } types || types.Contains(contentType);
}
