namespace ETamkeen.Contents.Sitemaps;

/// <summary>A public page of one culture, and where it is in the others (culture → path).</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModifiedUtc, IReadOnlyDictionary<string, string> Alternates);
