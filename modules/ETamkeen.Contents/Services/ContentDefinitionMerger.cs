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
        foreach (var part in parts)
        {
            var existing = into.ContentPartDefinitionRecords.FirstOrDefault(p => p.Name == part.Name);
            if (existing is null)
            {
                into.ContentPartDefinitionRecords.Add(part);
                continue;
            }

            MergeObject(existing.Settings, part.Settings);
            foreach (var field in part.ContentPartFieldDefinitionRecords)
            {
                var current = existing.ContentPartFieldDefinitionRecords.FirstOrDefault(f => f.Name == field.Name);
                if (current is null)
                {
                    existing.ContentPartFieldDefinitionRecords.Add(field);
                }
                else
                {
                    current.FieldName = field.FieldName;
                    MergeObject(current.Settings, field.Settings);
                }
            }
        }

        foreach (var type in types)
        {
            var existing = into.ContentTypeDefinitionRecords.FirstOrDefault(t => t.Name == type.Name);
            if (existing is null)
            {
                into.ContentTypeDefinitionRecords.Add(type);
                continue;
            }

            existing.DisplayName = type.DisplayName ?? existing.DisplayName;
            MergeObject(existing.Settings, type.Settings);
            foreach (var typePart in type.ContentTypePartDefinitionRecords)
            {
                var current = existing.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.Name == typePart.Name);
                if (current is null)
                {
                    existing.ContentTypePartDefinitionRecords.Add(typePart);
                }
                else
                {
                    current.PartName = typePart.PartName;
                    MergeObject(current.Settings, typePart.Settings);
                }
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
