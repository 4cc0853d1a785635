using System.Text.Json.Nodes;

namespace ETamkeen.Contents.Deployment;

/// <summary>One exported version: its item, its document id (creation order) and its JSON.</summary>
public sealed record ExportedVersion(string ContentItemId, long DocumentId, JsonObject Json);

/// <summary>
/// The order a content step must import in. Versions of an item stay together and oldest
/// first, so a published version lands before the draft that follows it. Items come in
/// creation order, except that an item another one points at (its list, its taxonomy, a
/// picked item) comes before it: a content picker refuses ids that don't exist yet, and a
/// path pattern reads the list it is contained in. Items that point at each other keep
/// creation order, since no order satisfies both.
/// </summary>
public static class ContentExportOrder
{
    private static readonly HashSet<string> SingleReferences = new(StringComparer.OrdinalIgnoreCase) { "ListContentItemId", "TaxonomyContentItemId" };
    private static readonly HashSet<string> ListReferences = new(StringComparer.OrdinalIgnoreCase) { "ContentItemIds" };

    public static IReadOnlyList<ExportedVersion> Sort(IEnumerable<ExportedVersion> versions)
    {
        var byItem = new Dictionary<string, List<ExportedVersion>>(StringComparer.Ordinal);
        foreach (var version in versions.OrderBy(v => v.DocumentId))
        {
            if (!byItem.TryGetValue(version.ContentItemId, out var list))
            {
                byItem[version.ContentItemId] = list = [];
            }

            list.Add(version);
        }

        var references = byItem.ToDictionary(
            e => e.Key,
            e => e.Value.SelectMany(v => References(v.Json)).Where(id => id != e.Key && byItem.ContainsKey(id)).Distinct().ToList(),
            StringComparer.Ordinal);

        var result = new List<ExportedVersion>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in byItem.Keys)
        {
            // Depth-first without recursion: a long chain of lists can't overflow the stack.
            var stack = new Stack<(string Id, int Next)>();
            if (seen.Add(root))
            {
                stack.Push((root, 0));
            }

            while (stack.Count > 0)
            {
                var (id, next) = stack.Pop();
                if (next < references[id].Count)
                {
                    stack.Push((id, next + 1));
                    var dependency = references[id][next];
                    if (seen.Add(dependency))
                    {
                        stack.Push((dependency, 0));
                    }

                    continue;
                }

                result.AddRange(byItem[id]);
            }
        }

        return result;
    }

    /// <summary>Ids this version points at, wherever its parts and fields hold them.</summary>
    internal static IEnumerable<string> References(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (SingleReferences.Contains(key) && value is JsonValue single && single.TryGetValue(out string? id))
                    {
                        yield return id;
                    }
                    else if (ListReferences.Contains(key) && value is JsonArray ids)
                    {
                        foreach (var each in ids)
                        {
                            if (each is JsonValue v && v.TryGetValue(out string? listed))
                            {
                                yield return listed;
                            }
                        }
                    }
                    else
                    {
                        foreach (var nested in References(value))
                        {
                            yield return nested;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var nested in array.SelectMany(References))
                {
                    yield return nested;
                }

                break;
        }
    }
}
