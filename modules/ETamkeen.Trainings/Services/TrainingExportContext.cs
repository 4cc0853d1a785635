using System.Globalization;
using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Contents.Indexes;
using ETamkeen.Contents.Services;
using ETamkeen.Data;
using ETamkeen.Trainings.Models;

namespace ETamkeen.Trainings.Services;

/// <summary>A session with what people read beside it: its training's title, trainers and region.</summary>
public sealed record SessionContext(ContentItem Item, SessionInfo Info, string TrainingTitle, IReadOnlyList<string> Trainers, string Region);

/// <summary>A beneficiary administration's names; the French one is its title.</summary>
public sealed record AdministrationName(string Id, string Name, string Acronym, string NameAr, string NameEn)
{
    public string In(string culture) => culture switch
    {
        "ar" when NameAr.Length > 0 => NameAr,
        "en" when NameEn.Length > 0 => NameEn,
        _ => Name,
    };
}

/// <summary>A registration with its participant and, for approved ones, the attendance marks.</summary>
public sealed record SessionRecord(Registration Registration, Participant Participant, IReadOnlyList<AttendanceMark> Marks);

/// <summary>
/// The records of sessions in their full context, for the back-office pages and the exports:
/// the same reads for both so a page and its export never disagree.
/// </summary>
public sealed class TrainingExportContext(
    SessionCatalog catalog,
    TrainingCatalog trainings,
    ContentQueries queries,
    IDocumentSession documents,
    RegistrationStore registrations,
    ParticipantStore participants,
    AttendanceStore attendance)
{
    public async Task<SessionContext?> SessionAsync(string sessionId) =>
        await catalog.PublishedSessionAsync(sessionId) is { } found ? await ContextAsync(found.Item, found.Info) : null;

    /// <summary>Published sessions whose dates cross [from, to].</summary>
    public async Task<IReadOnlyList<SessionContext>> SessionsAsync(DateOnly? from, DateOnly? to)
    {
        var list = new List<SessionContext>();
        foreach (var (item, info) in await catalog.SessionsAsync(new SessionQuery { From = from, To = to, Take = 5000 }))
        {
            list.Add(await ContextAsync(item, info));
        }

        return list;
    }

    /// <summary>The tenant's published administrations by id, sorted by name.</summary>
    public async Task<IReadOnlyDictionary<string, AdministrationName>> AdministrationsAsync()
    {
        var items = await documents.QueryAsync<ContentItem, ContentItemIndex>(
            "i.\"ContentType\" = @type AND i.\"Published\" = @yes", new { type = TrainingContent.Administration, yes = true }, take: 5000);
        return items.Select(Name).OrderBy(a => a.Name, StringComparer.Create(CultureInfo.GetCultureInfo("fr"), true))
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    /// <summary>A session's registrations within the scope (null: all administrations), with participants and marks.</summary>
    public async Task<IReadOnlyList<SessionRecord>> RecordsAsync(string sessionId, IReadOnlyCollection<string>? scope)
    {
        var list = await registrations.ForSessionAsync(sessionId, scope);
        var people = (await participants.GetManyAsync(list.Select(r => r.ParticipantId))).ToDictionary(p => p.Id);
        var marks = (await attendance.ForSessionAsync(sessionId)).ToLookup(m => m.ParticipantId);
        return [.. list.Where(r => people.ContainsKey(r.ParticipantId))
            .Select(r => new SessionRecord(r, people[r.ParticipantId], r.Status == RegistrationStatus.Approved ? [.. marks[r.ParticipantId]] : []))];
    }

    private async Task<SessionContext> ContextAsync(ContentItem item, SessionInfo info)
    {
        var trainers = new List<string>();
        foreach (var id in info.TrainerIds)
        {
            if (await queries.PublishedAsync(id) is { } trainer)
            {
                trainers.Add(trainer.DisplayText);
            }
        }

        return new SessionContext(item, info, await trainings.TitleAsync(info.TrainingSet) ?? "", trainers,
            TrainingTerms.Titles.GetValueOrDefault(info.RegionTermId, ""));
    }

    private static AdministrationName Name(ContentItem item)
    {
        var part = item.Content[TrainingContent.Administration] as JsonObject;
        return new AdministrationName(item.ContentItemId, item.DisplayText, FieldValues.Text(part, "Acronym"),
            FieldValues.Text(part, "NameAr"), FieldValues.Text(part, "NameEn"));
    }
}
