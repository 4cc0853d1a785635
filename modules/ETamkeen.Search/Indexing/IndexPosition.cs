using System.Globalization;
using ETamkeen.Search.Models;

namespace ETamkeen.Search.Indexing;

/// <summary>
/// How far an index has applied the <c>IndexingTask</c> log: the last task's id, and a stamp of
/// that task (item and time) that tells whether the log still holds the same task under that id.
/// A log put back by a failed recipe may give the id to another task; the stamp then differs.
/// </summary>
public sealed record IndexPosition(long TaskId, string Stamp)
{
    public static readonly IndexPosition Start = new(0, "");

    public static IndexPosition Of(IndexingTask task) =>
        new(task.Id, task.ContentItemId + "|" + task.CreatedUtc.Ticks.ToString(CultureInfo.InvariantCulture));
}
