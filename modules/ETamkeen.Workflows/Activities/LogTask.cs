using Microsoft.Extensions.Logging;

namespace ETamkeen.Workflows.Activities;

/// <summary>Orchard's <c>LogTask</c>: writes the Liquid <c>Text</c> to the log at <c>LogLevel</c>.</summary>
public sealed class LogTask(ILogger<LogTask> logger) : TaskActivity
{
    public override string Name => "LogTask";
    public override string Category => "Primitives";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("LogLevel", ActivityPropertyTypes.Text, "Information, Warning, Error..."), new("Text", ActivityPropertyTypes.Liquid, Required: true)];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var level = Enum.TryParse<LogLevel>(context.Text("LogLevel"), ignoreCase: true, out var parsed) ? parsed : LogLevel.Information;
        var text = await context.RenderLiquidAsync("Text");
        logger.Log(level, "Workflow {WorkflowId}: {Text}", context.Workflow.Instance.WorkflowId, text);
        return ActivityResult.Outcomes("Done");
    }
}
