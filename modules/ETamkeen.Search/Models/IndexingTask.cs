namespace ETamkeen.Search.Models;

/// <summary>A row of the <c>IndexingTask</c> log: an item changed (or was deleted) at that point of the log.</summary>
public sealed class IndexingTask
{
    public const int Update = 0;
    public const int Delete = 1;

    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public int Type { get; set; }
    public DateTime CreatedUtc { get; set; }
}
