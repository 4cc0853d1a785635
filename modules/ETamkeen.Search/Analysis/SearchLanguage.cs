namespace ETamkeen.Search.Analysis;

/// <summary>The analyzers an index can use, by the names index settings give them.</summary>
public enum SearchLanguage
{
    Standard,
    French,
    Arabic,
    English,
}
