using System.Globalization;
using System.Text.Json.Nodes;
using Dapper;
using ETamkeen.Contents;
using ETamkeen.Data;
using ETamkeen.Trainings.Models;

namespace ETamkeen.Trainings.Services;

/// <summary>The programme's published administrations with their names in the reader's language (French is the title).</summary>
public sealed class AdministrationDirectory(IDbConnectionFactory db, IDocumentSession session)
{
    public async Task<IReadOnlyList<(string Id, string Name)>> PublishedAsync(string culture)
    {
        await using var connection = await db.OpenAsync();
        var ids = await connection.QueryAsync<long>(
            "SELECT \"DocumentId\" FROM \"ContentItemIndex\" WHERE \"ContentType\" = @type AND \"Published\" = @yes",
            new { type = TrainingContent.Administration, yes = true });
        var list = new List<(string, string)>();
        foreach (var id in ids)
        {
            if (await session.GetAsync<ContentItem>(id) is { } item)
            {
                list.Add((item.ContentItemId, Name(item, culture)));
            }
        }

        return [.. list.OrderBy(a => a.Item2, StringComparer.Create(PortalCulture(culture), true))];
    }

    public static string Name(ContentItem item, string culture)
    {
        var part = item.Content[TrainingContent.Administration] as JsonObject;
        var translated = culture switch
        {
            "ar" => FieldValues.Text(part, "NameAr"),
            "en" => FieldValues.Text(part, "NameEn"),
            _ => "",
        };
        return translated.Length > 0 ? translated : item.DisplayText;
    }

    private static CultureInfo PortalCulture(string culture) => ETamkeen.Localization.PortalCultures.Get(culture) ?? CultureInfo.InvariantCulture;
}
