using ETamkeen.Contents;
using ETamkeen.Data;
using ETamkeen.Trainings.Models;

namespace ETamkeen.Trainings.Indexes;

/// <summary>
/// One row per version of a <c>TrainingSession</c>: what the calendar, the catalogue and the
/// APIs select by (dates, region, level, training) before reading any document.
/// Administrations are kept as <c>|id|id|</c>.
/// </summary>
public sealed class TrainingSessionIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public string Title { get; set; } = "";
    public string TrainingSet { get; set; } = "";
    public string RegionTermId { get; set; } = "";
    public string LevelTermId { get; set; } = "";
    public string City { get; set; } = "";
    public string AdministrationIds { get; set; } = "";
    public DateTime? StartDate { get; set; }
    public DateTime? EndDate { get; set; }
    public int MaxCapacity { get; set; }
    public bool Cancelled { get; set; }
    public bool Published { get; set; }
    public bool Latest { get; set; }
}

public sealed class TrainingSessionIndexProvider : IndexProvider<ContentItem, TrainingSessionIndex>
{
    protected override IEnumerable<TrainingSessionIndex> Map(ContentItem item)
    {
        if (item.ContentType != TrainingContent.Session || SessionInfo.From(item) is not { } session)
        {
            yield break;
        }

        var administrations = session.AdministrationIds.Count == 0 ? "" : "|" + string.Join("|", session.AdministrationIds) + "|";
        yield return new TrainingSessionIndex
        {
            ContentItemId = item.ContentItemId,
            Title = IndexText.Clip(item.DisplayText, 255),
            TrainingSet = IndexText.Clip(session.TrainingSet, 64),
            RegionTermId = IndexText.Clip(session.RegionTermId, 64),
            LevelTermId = IndexText.Clip(session.LevelTermId, 64),
            City = IndexText.Clip(session.City, 255),
            AdministrationIds = administrations.Length <= 2048 ? administrations : "",
            StartDate = session.FirstDay?.ToDateTime(TimeOnly.MinValue),
            EndDate = session.LastDay?.ToDateTime(TimeOnly.MinValue),
            MaxCapacity = session.MaxCapacity,
            Cancelled = session.Cancelled,
            Published = item.Published,
            Latest = item.Latest,
        };
    }
}
