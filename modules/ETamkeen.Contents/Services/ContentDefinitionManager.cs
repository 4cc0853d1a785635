using System.Text.Json.Nodes;
using ETamkeen.Contents.Metadata;
using ETamkeen.Data;

namespace ETamkeen.Contents.Services;

/// <summary>
/// Reads the definitions document once per shell and resolves types (parts ordered by
/// position, named parts' fields attached). A change is saved with a version check and the
/// cache replaced; a concurrent change elsewhere makes the save fail rather than be lost.
/// </summary>
public sealed class ContentDefinitionManager(
    IDocumentSession session,
    ContentDefinitionCache cache,
    IEnumerable<IContentDefinitionProvider> providers) : IContentDefinitionManager
{
    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync() =>
        [.. (await CurrentAsync()).Types.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];

    public async Task<ContentTypeDefinition?> GetTypeAsync(string name) =>
        (await CurrentAsync()).Types.GetValueOrDefault(name);

    public async Task<ContentDefinitionDocument> LoadAsync() => (await CurrentAsync()).Document;

    public async Task AlterAsync(Action<ContentDefinitionDocument> change)
    {
        var stored = await session.FirstOrDefaultAsync<ContentDefinitionDocument>() ?? new ContentDefinitionDocument();
        change(stored);
        session.Save(stored);
        await session.SaveChangesAsync();
        cache.Current = (stored, Resolve(Effective(stored)));
    }

    private async Task<(ContentDefinitionDocument Document, IReadOnlyDictionary<string, ContentTypeDefinition> Types)> CurrentAsync()
    {
        if (cache.Current is { } current)
        {
            return current;
        }

        var document = await session.FirstOrDefaultAsync<ContentDefinitionDocument>() ?? new ContentDefinitionDocument();
        var loaded = (document, Resolve(Effective(document)));
        cache.Current = loaded;
        return loaded;
    }

    /// <summary>Code-defined types first, then what's stored merged over them.</summary>
    private ContentDefinitionDocument Effective(ContentDefinitionDocument stored)
    {
        var effective = new ContentDefinitionDocument();
        foreach (var provider in providers)
        {
            provider.Define(effective);
        }

        var copy = System.Text.Json.JsonSerializer.Deserialize<ContentDefinitionDocument>(
            System.Text.Json.JsonSerializer.Serialize(stored, DocumentSerializer.Options), DocumentSerializer.Options)!;
        ContentDefinitionMerger.Merge(effective, copy.ContentTypeDefinitionRecords, copy.ContentPartDefinitionRecords);
        return effective;
    }

    internal static IReadOnlyDictionary<string, ContentTypeDefinition> Resolve(ContentDefinitionDocument document)
    {
        var parts = document.ContentPartDefinitionRecords.ToDictionary(p => p.Name, StringComparer.Ordinal);
        return document.ContentTypeDefinitionRecords.ToDictionary(
            t => t.Name,
            t => new ContentTypeDefinition
            {
                Name = t.Name,
                DisplayName = string.IsNullOrWhiteSpace(t.DisplayName) ? t.Name : t.DisplayName,
                Settings = t.Settings,
                Parts = [.. t.ContentTypePartDefinitionRecords
                    .Select((p, i) => new TypePartDefinition
                    {
                        Name = p.Name,
                        PartName = p.PartName,
                        Settings = p.Settings,
                        Position = Position(p.Settings, "ContentTypePartSettings", i),
                        Fields = parts.TryGetValue(p.PartName, out var part)
                            ? [.. part.ContentPartFieldDefinitionRecords
                                .Select((f, j) => new PartFieldDefinition
                                {
                                    Name = f.Name,
                                    FieldName = f.FieldName,
                                    Settings = f.Settings,
                                    Position = Position(f.Settings, "ContentPartFieldSettings", j),
                                })
                                .OrderBy(f => f.Position)]
                            : [],
                    })
                    .OrderBy(p => p.Position)],
            },
            StringComparer.Ordinal);
    }

    /// <summary>Orchard stores positions as strings ("1") or numbers; without one, declaration order.</summary>
    private static double Position(JsonObject settings, string section, int index)
    {
        var value = settings[section]?["Position"];
        return value switch
        {
            JsonValue v when v.TryGetValue<double>(out var d) => d,
            JsonValue v when v.TryGetValue<string>(out var s) && double.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => 1000 + index,
        };
    }
}
