using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Data;
using ETamkeen.Trainings.Models;

namespace ETamkeen.Trainings.Indexes;

/// <summary>One row per version of a <c>Training</c>: what the catalogue filters by (axis, modality) and counts.</summary>
public sealed class TrainingIndex : MapIndex
{
    public string ContentItemId { get; set; } = "";
    public string Culture { get; set; } = "";
    public string LocalizationSet { get; set; } = "";
    public string Title { get; set; } = "";
    public string AxisTermId { get; set; } = "";
    public string ModalityTermId { get; set; } = "";
    public int? DurationHours { get; set; }
    public bool Published { get; set; }
    public bool Latest { get; set; }
}

public sealed class TrainingIndexProvider : IndexProvider<ContentItem, TrainingIndex>
{
    protected override IEnumerable<TrainingIndex> Map(ContentItem item)
    {
        if (item.ContentType != TrainingContent.Training || item.Content[TrainingContent.Training] is not JsonObject part)
        {
            yield break;
        }

        yield return new TrainingIndex
        {
            ContentItemId = item.ContentItemId,
            Culture = IndexText.Clip(item.Text("LocalizationPart", "Culture"), 16),
            // An item without a set is its own set, so that sessions can point at it all the same.
            LocalizationSet = IndexText.Clip(item.Text("LocalizationPart", "LocalizationSet") is { Length: > 0 } set ? set : item.ContentItemId, 64),
            Title = IndexText.Clip(item.DisplayText, 255),
            AxisTermId = IndexText.Clip(FieldValues.FirstId(part, "Axis", "TermContentItemIds"), 64),
            ModalityTermId = IndexText.Clip(FieldValues.FirstId(part, "Modality", "TermContentItemIds"), 64),
            DurationHours = FieldValues.Number(part, "DurationHours") is { } hours and >= 0 and <= 100_000 ? (int)hours : null,
            Published = item.Published,
            Latest = item.Latest,
        };
    }
}
