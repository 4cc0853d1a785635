using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Workflows.Activities;

/// <summary>What the content tasks share: which item a task means, and the item as JSON for the instance.</summary>
internal static class ContentTaskHelpers
{
    public static readonly ActivityProperty ContentProperty =
        new("Content", ActivityPropertyTypes.JavaScript, "The item's id (or an item); empty for the item of the event.");

    public static IContentManager Contents(ActivityContext context) => context.Workflow.Services.GetRequiredService<IContentManager>();

    /// <summary>The id the <c>Content</c> expression gives, else the id of the input's <c>ContentItem</c>.</summary>
    public static async Task<string?> ContentItemIdAsync(ActivityContext context)
    {
        var value = string.IsNullOrWhiteSpace(context.Expression("Content"))
            ? context.Workflow.State.Input["ContentItem"]
            : await context.EvaluateScriptAsync("Content");
        return value switch
        {
            JsonObject item => item["ContentItemId"]?.GetValue<string>(),
            JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
            _ => null,
        };
    }

    /// <summary>The latest version of the item the activity names (<c>Content</c>, else the event's); null when there is none.</summary>
    public static async Task<ContentItem?> LatestAsync(ActivityContext context) =>
        await ContentItemIdAsync(context) is { } id ? await Contents(context).GetAsync(id, VersionOptions.Latest) : null;

    public static JsonNode? ToJson(ContentItem item) => JsonSerializer.SerializeToNode(item);
}
