namespace ETamkeen.Contents.ViewModels;

public sealed class ContentListViewModel
{
    public required IReadOnlyList<ContentItem> Items { get; init; }
    public required IReadOnlyList<(string Name, string DisplayName, bool Creatable)> Types { get; init; }
    public required long Total { get; init; }
    public required int Page { get; init; }
    public required int PageSize { get; init; }
    public string? Type { get; init; }
    public string? Status { get; init; }
    public string? Culture { get; init; }
    public string? Owner { get; init; }
    public string? Query { get; init; }
    public IReadOnlyList<string> Cultures { get; init; } = [];

    public int Pages => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}
