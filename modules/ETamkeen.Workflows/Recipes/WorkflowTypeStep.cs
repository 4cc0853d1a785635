using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Recipes;
using ETamkeen.Workflows.Services;

namespace ETamkeen.Workflows.Recipes;

/// <summary>
/// Orchard's <c>WorkflowType</c> step: <c>{"name": "WorkflowType", "data": [ {WorkflowType}, ... ]}</c>.
/// A type naming an activity we don't have is refused with those names (a workflow that would
/// stop half-way is worse than none); a changed type becomes a new version, and running instances
/// keep theirs. Every type is checked before any is stored.
/// </summary>
public sealed class WorkflowTypeStep(WorkflowTypeStore store, WorkflowStartTimerStore timers, ActivityLibrary activities) : IRecipeStepHandler
{
    public IEnumerable<string> Names => ["WorkflowType"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var data = context.Step["data"] ?? context.Step["Data"];
        if (data is not JsonArray items)
        {
            throw new RecipeException($"Step {context.StepIndex} ({context.StepName}): \"data\" must be an array of workflow types.", context.StepIndex, context.StepName);
        }

        var types = new List<Models.WorkflowType>();
        foreach (var (item, index) in items.Select((item, index) => (item, index)))
        {
            Models.WorkflowType type;
            try
            {
                type = item is JsonObject ? WorkflowTypeSerializer.Read(item) : throw new JsonException("it is not a JSON object.");
            }
            catch (JsonException e)
            {
                throw new RecipeException($"Step {context.StepIndex} ({context.StepName}): workflow type {index} is not valid JSON for a workflow type: {e.Message}", context.StepIndex, context.StepName, e);
            }

            var errors = WorkflowTypeSerializer.Validate(type).ToList();
            var missing = type.Activities.Select(a => a.Name).Where(n => !string.IsNullOrEmpty(n) && activities.Find(n) is null).Distinct(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                errors.Add("activities not available here: " + string.Join(", ", missing) + ".");
            }

            if (errors.Count > 0)
            {
                throw new RecipeException($"Step {context.StepIndex} ({context.StepName}): workflow type '{type.Name}' ({type.WorkflowTypeId}): {string.Join(" ", errors)}", context.StepIndex, context.StepName);
            }

            types.Add(type);
        }

        foreach (var type in types)
        {
            await store.SaveAsync(type, cancellationToken);
            await timers.ResetAsync(type.WorkflowTypeId, cancellationToken);
        }
    }
}
