using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>A timer with <c>UseSiteTimeZone</c> reads its cron on the site's wall clock (Africa/Casablanca by default), not in UTC.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class WorkflowSiteTimeZoneTests(WorkflowPortalFactory portal)
{
    private const string SiteType = "siteninetimer00000000000001";
    private const string UtcType = "utcninetimer000000000000001";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_nine_oclock_timer_on_the_site_time_zone_fires_at_nine_in_Casablanca(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        await ImportOkAsync(tenant,
            Type(SiteType, "Nine, Casablanca", [("timer", "TimerEvent", """{ "CronExpression": "0 9 * * *", "UseSiteTimeZone": true }"""), ("out", "SetOutputTask", """{ "OutputName": "fired", "Value": { "Expression": "true" } }""")], [("timer", "Done", "out")]),
            Type(UtcType, "Nine, UTC", [("timer", "TimerEvent", """{ "CronExpression": "0 9 * * *" }"""), ("out", "SetOutputTask", """{ "OutputName": "fired", "Value": { "Expression": "true" } }""")], [("timer", "Done", "out")]));

        // The next 09:00 on Casablanca's wall clock: 08:00 UTC outside Ramadan (UTC+1), 09:00 during it.
        var casablanca = TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca");
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        var local = TimeZoneInfo.ConvertTimeFromUtc(now, casablanca);
        var nineLocal = local.Date.AddHours(local.Hour >= 9 ? 33 : 9);
        var nine = TimeZoneInfo.ConvertTimeToUtc(nineLocal, casablanca);
        var offset = casablanca.GetUtcOffset(nine);

        // The scheduler sees both timers once, then the clock goes to a minute before nine in Casablanca.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        portal.Clock.Advance(nine - now - TimeSpan.FromMinutes(1));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Empty(await InstancesAsync(tenant, SiteType));

        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        var fired = await EventuallyAsync(() => InstancesAsync(tenant, SiteType), l => l.Count > 0 && l.All(i => Status(i) == "Finished"), "the Casablanca timer");
        var created = Assert.Single(fired).GetProperty("CreatedUtc").GetDateTime();
        Assert.Equal(9, TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(created, DateTimeKind.Utc), casablanca).Hour);
        if (offset > TimeSpan.Zero)
        {
            // The same cron in UTC waits for 09:00 UTC.
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            Assert.Empty(await InstancesAsync(tenant, UtcType));
            portal.Clock.Advance(offset);
        }

        await EventuallyAsync(() => InstancesAsync(tenant, UtcType), l => l.Count == 1, "the UTC timer");
    }
}
