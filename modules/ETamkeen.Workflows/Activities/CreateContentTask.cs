using System.Text.Json;
using System.Text.Json.Nodes;

namespace ETamkeen.Workflows.Activities;

/// <summary>
/// Orchard's <c>CreateContentTask</c>: a new item of <c>ContentType</c>, its parts from the
/// Liquid <c>ContentProperties</c> (JSON in the item's shape), published when <c>Publish</c>.
/// The new item is the last result.
/// </summary>
public sealed class CreateContentTask : TaskActivity
{
    public override string Name => "CreateContentTask";
    public override string Category => "Content";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("ContentType", ActivityPropertyTypes.Text, Required: true),
        new("Publish", ActivityPropertyTypes.Boolean),
        new("ContentProperties", ActivityPropertyTypes.Liquid, "JSON merged into the new item, e.g. {\"TitlePart\": {\"Title\": \"...\"}}."),
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var type = context.Text("ContentType");
        if (string.IsNullOrWhiteSpace(type))
        {
            throw new FormatException("ContentType is required.");
        }

        var contents = ContentTaskHelpers.Contents(context);
        var item = await contents.NewAsync(type);
        var properties = (await context.RenderLiquidAsync("ContentProperties")).Trim();
        if (properties.Length > 0)
        {
            if (JsonNode.Parse(properties) is not JsonObject values)
            {
                throw new JsonException("ContentProperties must give a JSON object.");
            }

            foreach (var (key, value) in values)
            {
                if (key == "DisplayText")
                {
                    item.DisplayText = value?.GetValue<string>() ?? "";
                }
                else if (value is JsonObject)
                {
                    item.Content[key] = value.DeepClone();
                }
            }
        }

        var result = await contents.CreateAsync(item, context.Bool("Publish"));
        if (!result.Succeeded || result.Item is null)
        {
            throw new InvalidOperationException("The item was not created: " + string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }

        context.Workflow.State.LastResult = ContentTaskHelpers.ToJson(result.Item);
        return ActivityResult.Outcomes("Done");
    }
}
