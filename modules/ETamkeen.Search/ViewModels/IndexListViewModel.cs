namespace ETamkeen.Search.ViewModels;

public sealed class IndexListViewModel
{
    public IReadOnlyList<IndexRow> Indexes { get; init; } = [];
    public string? DefaultIndex { get; init; }
}

/// <summary>An index as the list shows it: documents in this node's copy and the log position it reached.</summary>
public sealed record IndexRow(string Name, string AnalyzerName, string Culture, int Types, int Documents, long? LastTaskId);
