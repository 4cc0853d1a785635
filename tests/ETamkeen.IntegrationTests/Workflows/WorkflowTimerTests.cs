using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>Timers and delays fire from the kernel's background scheduler on the tenant's clock, here the tests' own.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class WorkflowTimerTests(WorkflowPortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Timers_fire_and_delays_resume_when_the_clock_gets_there(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        await ImportOkAsync(tenant,
            Type("hourly000000000000000000001", "Hourly",
                [("timer", "TimerEvent", """{ "CronExpression": "0 * * * *" }"""), ("out", "SetOutputTask", """{ "OutputName": "fired", "Value": { "Expression": "true" } }""")],
                [("timer", "Done", "out")]),
            Type("reminder00000000000000000001", "Reminder",
                [
                    ("start", "SignalEvent", Signal("remind")),
                    ("delay", "DelayTask", """{ "Duration": "02:00:00" }"""),
                    ("out", "SetOutputTask", """{ "OutputName": "reminded", "Value": { "Expression": "true" } }"""),
                ],
                [("start", "Done", "delay"), ("delay", "Done", "out")]));
        await SignalAsync(tenant, "remind");
        var waiting = await SingleInstanceAsync(tenant, "reminder00000000000000000001");
        Assert.Equal("Halted", Status(waiting));
        var due = waiting.GetProperty("BlockingActivities")[0].GetProperty("DueUtc").GetDateTime();

        // Let the scheduler see the timer once before the clock moves: nothing is due yet.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Empty(await InstancesAsync(tenant, "hourly000000000000000000001"));

        portal.Clock.Advance(TimeSpan.FromHours(1));
        // The row exists from the start of the run (Executing): wait for its end.
        var fired = await EventuallyAsync(() => InstancesAsync(tenant, "hourly000000000000000000001"), l => l.Count > 0 && l.All(i => Status(i) == "Finished"), "the hourly timer");
        Assert.Single(fired);
        Assert.Equal("Halted", Status(await SingleInstanceAsync(tenant, "reminder00000000000000000001")));

        portal.Clock.Advance(TimeSpan.FromHours(1.5));
        var reminded = await EventuallyAsync(() => SingleInstanceAsync(tenant, "reminder00000000000000000001"), i => Status(i) == "Finished", "the delay");
        Assert.True(Output(reminded, "reminded").GetBoolean());
        Assert.True(portal.Clock.GetUtcNow().UtcDateTime >= due);
    }
}
