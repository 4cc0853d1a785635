using System.Text.Json.Nodes;
using ETamkeen.Trainings.Services;
using ETamkeen.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Trainings.Activities;

/// <summary>
/// E-mails the hot and cold evaluations that are due, and the reminders, each at most once (see
/// <see cref="EvaluationDispatcher"/>); the last result is <c>{Sent, Reminded, Failed}</c>.
/// The shipped timer workflow runs it every hour.
/// </summary>
public sealed class SendDueTrainingEvaluationsTask : TaskActivity
{
    public override string Name => "SendDueTrainingEvaluationsTask";
    public override string Category => "Trainings";

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var run = await context.Workflow.Services.GetRequiredService<EvaluationDispatcher>().RunAsync(context.Workflow.CancellationToken);
        context.Workflow.State.LastResult = new JsonObject { ["Sent"] = run.Sent, ["Reminded"] = run.Reminded, ["Failed"] = run.Failed };
        return ActivityResult.Outcomes("Done");
    }
}
