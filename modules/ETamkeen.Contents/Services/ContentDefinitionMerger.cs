using System.Text.Json.Nodes;
using ETamkeen.Contents.Metadata;

namespace ETamkeen.Contents.Services;

/// <summary>
/// Orchard's <c>ContentDefinition</c> step semantics: a type or part named again is merged
/// (settings merged key by key, parts and fields added or their settings merged), never
/// dropped; <c>Replace</c> starts the named ones afresh; <c>Delete</c> removes them.
/// </summary>
public static class ContentDefinitionMerger
{
    public static void Merge(ContentDefinitionDocument into, IEnumerable<ContentTypeDefinitionRecord> types, IEnumerable<ContentPartDefinitionRecord> parts)
    {
        MergeByName(into.ContentPartDefinitionRecords, parts, p => p.Name, (existing, part) =>
        {
            MergeObject(existing.Settings, part.Settings);
            MergeByName(existing.ContentPartFieldDefinitionRecords, part.ContentPartFieldDefinitionRecords, f => f.Name, (current, field) =>
            {
                current.FieldName = field.FieldName;
                MergeObject(current.Settings, field.Settings);
            });
        });

        MergeByName(into.ContentTypeDefinitionRecords, types, t => t.Name, (existing, type) =>
        {
            existing.DisplayName = type.DisplayName ?? existing.DisplayName;
            MergeObject(existing.Settings, type.Settings);
            MergeByName(existing.ContentTypePartDefinitionRecords, type.ContentTypePartDefinitionRecords, p => p.Name, (current, typePart) =>
            {
                current.PartName = typePart.PartName;
                MergeObject(current.Settings, typePart.Settings);
            });
        });
    }

    /// <summary>Records named again are merged into the existing one; new names are added.</summary>
    private static void MergeByName<T>(List<T> existing, IEnumerable<T> incoming, Func<T, string> name, Action<T, T> merge)
    {
        foreach (var record in incoming)
        {
            var current = existing.FirstOrDefault(e => name(e) == name(record));
            if (current is null)
            {
                existing.Add(record);
            }
            else
            {
                merge(current, record);
            }
        }
    }

    public static void Replace(ContentDefinitionDocument into, IEnumerable<ContentTypeDefinitionRecord> types, IEnumerable<ContentPartDefinitionRecord> parts)
    {
        var typeList = types.ToList();
        var partList = parts.ToList();
        into.ContentTypeDefinitionRecords.RemoveAll(t => typeList.Any(n => n.Name == t.Name));
        into.ContentPartDefinitionRecords.RemoveAll(p => partList.Any(n => n.Name == p.Name));
        into.ContentTypeDefinitionRecords.AddRange(typeList);
        into.ContentPartDefinitionRecords.AddRange(partList);
    }

    public static void Delete(ContentDefinitionDocument from, IEnumerable<string> types, IEnumerable<string> parts)
    {
        var typeSet = types.ToHashSet(StringComparer.Ordinal);
        var partSet = parts.ToHashSet(StringComparer.Ordinal);
        from.ContentTypeDefinitionRecords.RemoveAll(t => typeSet.Contains(t.Name));
        from.ContentPartDefinitionRecords.RemoveAll(p => partSet.Contains(p.Name));
        foreach (var type in from.ContentTypeDefinitionRecords)
        {
            type.ContentTypePartDefinitionRecords.RemoveAll(p => partSet.Contains(p.PartName));
        }
    }

    /// <summary>Deep merge: objects merge recursively, anything else is replaced.</summary>
    public static void MergeObject(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is JsonObject child && target[key] is JsonObject existing)
            {
                MergeObject(existing, child);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
