using System.Text.Json.Nodes;
using ETamkeen.Workflows.Models;
using Xunit;
using static ETamkeen.Tests.Workflows.WorkflowTestContext;

namespace ETamkeen.Tests.Workflows;

public sealed class WorkflowExecutorTests
{
    private const string Start = """{ "SignalName": { "Expression": "go" } }""";

    [Theory]
    [InlineData(5, "big")]
    [InlineData(1, "small")]
    public async Task IfElse_follows_the_branch_its_condition_gives(int amount, string expected)
    {
        var context = await RunAsync(Type(
            [
                ("start", "SignalEvent", Start),
                ("if", "IfElseTask", """{ "Condition": { "Expression": "input('Amount') > 3" } }"""),
                ("big", "SetOutputTask", """{ "OutputName": "size", "Value": { "Expression": "'big'" } }"""),
                ("small", "SetOutputTask", """{ "OutputName": "size", "Value": { "Expression": "'small'" } }"""),
            ],
            [("start", "Done", "if"), ("if", "True", "big"), ("if", "False", "small")]),
            new JsonObject { ["Amount"] = amount });

        Assert.Equal(WorkflowStatus.Finished, context.Instance.Status);
        Assert.Equal(expected, context.State.Output["size"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_user_task_halts_with_its_roles_and_resumes_by_the_action_chosen()
    {
        var context = await RunAsync(Type(
            [
                ("start", "SignalEvent", Start),
                ("task", "UserTaskEvent", """{ "Actions": ["Approve", "Reject"], "Roles": ["Editor"] }"""),
                ("yes", "SetPropertyTask", """{ "PropertyName": "decision", "Value": { "Expression": "'approved'" } }"""),
                ("no", "SetPropertyTask", """{ "PropertyName": "decision", "Value": { "Expression": "'rejected'" } }"""),
            ],
            [("start", "Done", "task"), ("task", "Approve", "yes"), ("task", "Reject", "no")]));

        Assert.Equal(WorkflowStatus.Halted, context.Instance.Status);
        var blocked = Assert.Single(context.Blocking);
        Assert.Equal("|Editor|", blocked.Roles);

        await ResumeAsync(context, "task", new JsonObject { ["UserAction"] = "Reject" });
        Assert.Equal(WorkflowStatus.Finished, context.Instance.Status);
        Assert.Equal("rejected", context.State.Properties["decision"]!.GetValue<string>());
    }

    [Fact]
    public async Task Fork_and_join_wait_for_every_branch()
    {
        var context = await RunAsync(Type(
            [
                ("start", "SignalEvent", Start),
                ("fork", "ForkTask", """{ "Forks": ["A", "B"] }"""),
                ("a", "SetPropertyTask", """{ "PropertyName": "a", "Value": { "Expression": "1" } }"""),
                ("b", "SetPropertyTask", """{ "PropertyName": "b", "Value": { "Expression": "2" } }"""),
                ("join", "JoinTask", """{ "Mode": "WaitAll" }"""),
                ("sum", "SetOutputTask", """{ "OutputName": "sum", "Value": { "Expression": "property('a') + property('b')" } }"""),
            ],
            [("start", "Done", "fork"), ("fork", "A", "a"), ("fork", "B", "b"), ("a", "Done", "join"), ("b", "Done", "join"), ("join", "Joined", "sum")]));

        Assert.Equal(WorkflowStatus.Finished, context.Instance.Status);
        Assert.Equal(3, context.State.Output["sum"]!.GetValue<long>());
        Assert.Single(context.State.ExecutedActivities, e => e.Name == "SetOutputTask");
    }

    [Fact]
    public async Task ForEach_runs_its_loop_once_per_item_then_goes_on()
    {
        var context = await RunAsync(Type(
            [
                ("start", "SignalEvent", Start),
                ("each", "ForEachTask", """{ "Enumerable": { "Expression": "[1, 2, 3]" }, "LoopVariableName": "n" }"""),
                ("add", "SetPropertyTask", """{ "PropertyName": "total", "Value": { "Expression": "(property('total') || 0) + property('n')" } }"""),
                ("end", "SetOutputTask", """{ "OutputName": "total", "Value": { "Expression": "property('total')" } }"""),
            ],
            [("start", "Done", "each"), ("each", "Iterate", "add"), ("add", "Done", "each"), ("each", "Done", "end")]));

        Assert.Equal(6, context.State.Output["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_script_error_faults_the_instance_with_the_activity_and_the_message()
    {
        var context = await RunAsync(Type(
            [("start", "SignalEvent", Start), ("script", "ScriptTask", """{ "AvailableOutcomes": ["Done"], "Script": { "Expression": "throw new Error('no budget line')" } }""")],
            [("start", "Done", "script")]));

        Assert.Equal(WorkflowStatus.Faulted, context.Instance.Status);
        Assert.Contains("ScriptTask (script)", context.Instance.FaultMessage);
        Assert.Contains("no budget line", context.Instance.FaultMessage);
        Assert.Equal("script", context.State.FaultedActivityId);
    }

    [Fact]
    public async Task A_script_that_loops_forever_is_stopped_by_the_limits()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var context = await RunAsync(Type(
            [("start", "SignalEvent", Start), ("script", "ScriptTask", """{ "Script": { "Expression": "while (true) {}" } }""")],
            [("start", "Done", "script")]));

        Assert.Equal(WorkflowStatus.Faulted, context.Instance.Status);
        Assert.Contains("JavaScript error", context.Instance.FaultMessage);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Scripts_cannot_reach_dotnet()
    {
        var context = await RunAsync(Type(
            [("start", "SignalEvent", Start), ("script", "ScriptTask", """{ "Script": { "Expression": "System.IO.File.ReadAllText('/etc/passwd')" } }""")],
            [("start", "Done", "script")]));

        Assert.Equal(WorkflowStatus.Faulted, context.Instance.Status);
        Assert.Contains("System is not defined", context.Instance.FaultMessage);
    }

    [Fact]
    public async Task A_script_chooses_its_outcome_and_sees_the_instance()
    {
        var context = await RunAsync(Type(
            [
                ("start", "SignalEvent", Start),
                ("script", "ScriptTask", """{ "AvailableOutcomes": ["Low", "High"], "Script": { "Expression": "setProperty('seen', correlationId() + ':' + input('Amount')); setOutcome(input('Amount') > 10 ? 'High' : 'Low'); 42" } }"""),
                ("high", "SetOutputTask", """{ "OutputName": "last", "Value": { "Expression": "lastResult()" } }"""),
            ],
            [("start", "Done", "script"), ("script", "High", "high")]),
            new JsonObject { ["Amount"] = 11 });

        Assert.Equal(42, context.State.Output["last"]!.GetValue<long>());
        Assert.Equal(":11", context.State.Properties["seen"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_activity_we_lack_faults_the_instance_by_its_name()
    {
        var context = await RunAsync(Type([("start", "SignalEvent", Start), ("x", "HttpRequestTask", "{}")], [("start", "Done", "x")]));

        Assert.Equal(WorkflowStatus.Faulted, context.Instance.Status);
        Assert.Contains("HttpRequestTask", context.Instance.FaultMessage);
    }

    [Fact]
    public async Task Timers_and_delays_wait_until_a_time_of_the_injected_clock()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 22, 10, 17, 0, TimeSpan.Zero));
        var context = await RunAsync(Type(
            [("start", "SignalEvent", Start), ("timer", "TimerEvent", """{ "CronExpression": "0 * * * *" }"""), ("delay", "DelayTask", """{ "Duration": "00:30:00" }""")],
            [("start", "Done", "timer"), ("timer", "Done", "delay")]),
            clock: clock);

        Assert.Equal(new DateTime(2026, 11, 22, 11, 0, 0, DateTimeKind.Utc), Assert.Single(context.Blocking).DueUtc);

        clock.Now = clock.Now.AddHours(1);
        await ResumeAsync(context, "timer", []);
        Assert.Equal(new DateTime(2026, 11, 22, 11, 47, 0, DateTimeKind.Utc), Assert.Single(context.Blocking).DueUtc);
    }

    [Fact]
    public async Task Liquid_reads_the_input_item_and_the_workflow()
    {
        var item = new JsonObject { ["ContentItemId"] = "abc", ["ContentType"] = "Article", ["DisplayText"] = "Formation IA" };
        var context = await RunAsync(Type(
            [("start", "ContentPublishedEvent", "{}"), ("notify", "NotifyTask", """{ "NotificationType": "Success", "Message": { "Expression": "{{ ContentItem.DisplayText }} / {{ Workflow.Input.ContentItem.ContentType }}" } }""")],
            [("start", "Done", "notify")]),
            new JsonObject { ["ContentItem"] = item });

        Assert.Equal("Success: Formation IA / Article", Assert.Single(context.State.Notifications));
    }
}
