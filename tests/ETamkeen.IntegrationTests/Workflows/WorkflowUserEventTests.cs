using System.Net;
using System.Text;
using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>A visitor creating their own account starts the workflows that wait for it, with who they are as input.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class WorkflowUserEventTests(WorkflowPortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_registration_starts_the_UserRegisteredEvent_workflow_with_the_account(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        const string registration = """{ "steps": [ { "name": "settings", "RegistrationSettings": { "UsersCanRegister": 1, "UsersMustValidateEmail": false } } ] }""";
        Assert.True((await portal.Api().PostAsync($"{tenant.Path}/api/recipes", new StringContent(registration, Encoding.UTF8, "application/json"))).IsSuccessStatusCode);
        await ImportOkAsync(tenant, Type("welcome0000000000000000001", "Welcome",
            [("start", "UserRegisteredEvent", "{}"), ("out", "SetOutputTask", """{ "OutputName": "who", "Value": { "Expression": "input('User').UserName" } }""")],
            [("start", "Done", "out")]));

        using var visitor = new BrowserSession(portal, tenant.Path);
        var registered = await visitor.SubmitAsync("/register", "/register", new()
        {
            ["UserName"] = "agent.fes", ["Email"] = "agent.fes@example.org", ["Password"] = Accounts.Password, ["ConfirmPassword"] = Accounts.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var instance = await EventuallyAsync(() => InstancesAsync(tenant, "welcome0000000000000000001"), l => l.Count == 1, "the welcome workflow");
        var run = await InstanceAsync(tenant, instance[0].GetProperty("WorkflowId").GetString()!);
        Assert.Equal("Finished", Status(run));
        Assert.Equal("agent.fes", Output(run, "who").GetString());

        // A refused registration (the same name again) starts nothing.
        using var again = new BrowserSession(portal, tenant.Path);
        var refused = await again.SubmitAsync("/register", "/register", new()
        {
            ["UserName"] = "agent.fes", ["Email"] = "autre@example.org", ["Password"] = Accounts.Password, ["ConfirmPassword"] = Accounts.Password,
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Single(await InstancesAsync(tenant, "welcome0000000000000000001"));
    }
}
