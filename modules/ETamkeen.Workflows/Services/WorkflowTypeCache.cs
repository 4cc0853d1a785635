using System.Text.Json.Nodes;
using ETamkeen.Workflows.Models;

namespace ETamkeen.Workflows.Services;

/// <summary>
/// A shell singleton, as the kernel's <c>DocumentCache</c>: the tenant's enabled types with the
/// revision of <c>WorkflowTypeRevision</c> they were read at. Unlike a document, types change on
/// other nodes too, so a copy is only used while the database still holds its revision.
/// </summary>
public sealed class WorkflowTypeCache
{
    private volatile Entry? _entry;

    public IReadOnlyList<WorkflowType>? Get(long revision) => _entry is { } entry && entry.Revision == revision ? entry.Types : null;

    public IReadOnlyList<WorkflowType> Set(long revision, IReadOnlyList<WorkflowType> types)
    {
        // System.Text.Json builds a parsed object's members on first access, which is not safe from
        // several threads at once: build them all now, before runs share the copy.
        foreach (var activity in types.SelectMany(t => t.Activities))
        {
            Materialize(activity.Properties);
        }

        _entry = new Entry(revision, types);
        return types;
    }

    public void Clear() => _entry = null;

    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Materialize(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Materialize(child);
                }

                break;
        }
    }

    private sealed record Entry(long Revision, IReadOnlyList<WorkflowType> Types);
}
