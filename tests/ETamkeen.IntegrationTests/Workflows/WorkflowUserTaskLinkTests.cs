using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>
/// User tasks for named users (the focal points of an administration), and the signed e-mail
/// links that take an action after a confirmation.
/// </summary>
[Collection(WorkflowCollection.Name)]
public sealed partial class WorkflowUserTaskLinkTests(WorkflowPortalFactory portal)
{
    private const string TypeId = "focalapproval000000000000001";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_user_task_for_named_users_shows_only_in_their_my_tasks(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        var alice = await Accounts.CreateAsync(portal, tenant, "Author");
        var carol = await Accounts.CreateAsync(portal, tenant, "Author");
        await ImportOkAsync(tenant, Approval(mailTo: null));
        await SignalWithAsync(tenant, "review", "training-12", new JsonObject { ["FocalPoints"] = $"{alice}, {carol}" });
        var instance = await SingleInstanceAsync(tenant, TypeId);
        Assert.Equal("Halted", Status(instance));
        var users = instance.GetProperty("BlockingActivities")[0].GetProperty("Users").EnumerateArray().Select(u => u.GetString()).ToList();
        Assert.Equal([alice, carol], users);

        // Another author (same role, not named) sees nothing and can't act by posting the id.
        using var bob = await Accounts.SignInAsAsync(portal, tenant, "Author");
        Assert.Contains("No task is waiting for you.", await bob.PageAsync("/admin/workflows/tasks"));

        using var aliceSession = await BrowserSession.SignInAsync(portal, tenant, alice, Accounts.Password);
        var page = await aliceSession.PageAsync("/admin/workflows/tasks");
        var taskId = TaskPattern().Match(page).Groups[1].Value;
        Assert.NotEmpty(taskId);
        Assert.Contains("About training-12", page);

        var denied = await bob.SubmitAsync("/admin/workflows/tasks", $"/admin/workflows/tasks/{taskId}", new() { ["userAction"] = "Approve" });
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal("Halted", Status(await SingleInstanceAsync(tenant, TypeId)));

        // Administrators still see every task.
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        Assert.Contains($"data-task-id=\"{taskId}\"", await admin.PageAsync("/admin/workflows/tasks"));

        var done = await aliceSession.SubmitAsync("/admin/workflows/tasks", $"/admin/workflows/tasks/{taskId}", new() { ["userAction"] = "Approve" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var finished = await SingleInstanceAsync(tenant, TypeId);
        Assert.Equal("Finished", Status(finished));
        Assert.Equal("approved", Output(finished, "decision").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_signed_email_link_confirms_then_approves_and_get_changes_nothing(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        var alice = await Accounts.CreateAsync(portal, tenant, "Author");
        var to = SmtpTestServer.NewAddress("focal");
        await ImportOkAsync(tenant, Approval(to));
        await SignalWithAsync(tenant, "review", "training-34", new JsonObject { ["FocalPoints"] = alice });

        var message = await portal.Smtp.WaitForMessageToAsync(to);
        var links = LinkPattern().Matches(message.TextBody ?? "").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(["Approve", "Reject"], links.Keys.Order());
        var approve = TenantRelative(tenant, links["Approve"]);
        Assert.StartsWith("/admin/workflows/tasks/link?token=", approve);

        // Signed out: the sign-in page first.
        using (var anonymous = tenant.Anonymous())
        {
            var login = await anonymous.GetAsync(tenant.Path + approve);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.Contains("login", login.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
        }

        // Someone the task is not for: told so, and nothing changes.
        using var bob = await Accounts.SignInAsAsync(portal, tenant, "Author");
        var notFor = await bob.GetAsync(approve);
        Assert.Equal(HttpStatusCode.NotFound, notFor.StatusCode);
        Assert.Contains("This task is no longer waiting for you.", WebUtility.HtmlDecode(await notFor.Content.ReadAsStringAsync()));

        using var aliceSession = await BrowserSession.SignInAsync(portal, tenant, alice, Accounts.Password);
        var tampered = approve[..^6] + (approve[^6] == 'A' ? 'B' : 'A') + approve[^5..];
        var bad = await aliceSession.GetAsync(tampered);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("This link is not valid or has expired.", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));

        // Opening the link (as a mail scanner would) only asks.
        var confirm = await aliceSession.PageAsync(approve);
        Assert.Contains("Confirm: Approve", confirm);
        Assert.Contains("About training-34", confirm);
        Assert.Equal("Halted", Status(await SingleInstanceAsync(tenant, TypeId)));

        var token = Uri.UnescapeDataString(approve[(approve.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var posted = await aliceSession.SubmitAsync(approve, "/admin/workflows/tasks/link", new() { ["token"] = token });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var finished = await SingleInstanceAsync(tenant, TypeId);
        Assert.Equal("Finished", Status(finished));
        Assert.Equal("approved", Output(finished, "decision").GetString());

        // The Reject link of the same mail now finds nothing waiting.
        var late = await aliceSession.GetAsync(TenantRelative(tenant, links["Reject"]));
        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Equal("approved", Output(await SingleInstanceAsync(tenant, TypeId), "decision").GetString());
    }

    /// <summary>Signal → (an e-mail with the action links) → a user task for the input's focal points → approved/rejected.</summary>
    private static JsonObject Approval(string? mailTo)
    {
        var activities = new List<(string, string, string)>
        {
            ("start", "SignalEvent", Signal("review")),
            ("task", "UserTaskEvent", """{ "Actions": ["Approve", "Reject"], "Roles": [], "Users": ["{{ Workflow.Input.FocalPoints }}"] }"""),
            ("yes", "SetOutputTask", """{ "OutputName": "decision", "Value": { "Expression": "'approved'" } }"""),
            ("no", "SetOutputTask", """{ "OutputName": "decision", "Value": { "Expression": "'rejected'" } }"""),
        };
        var transitions = new List<(string, string, string)> { ("task", "Approve", "yes"), ("task", "Reject", "no") };
        if (mailTo is null)
        {
            transitions.Add(("start", "Done", "task"));
        }
        else
        {
            activities.Add(("mail", "EmailTask", $$$"""
                { "RecipientsExpression": { "Expression": "{{{mailTo}}}" }, "SubjectExpression": { "Expression": "Approval of {{ Workflow.CorrelationId }}" },
                  "Body": { "Expression": "Approve: {{ \"Approve\" | user_task_url }}\nReject: {{ \"Reject\" | user_task_url }}\n" }, "IsHtmlBody": false }
                """));
            transitions.Add(("start", "Done", "mail"));
            transitions.Add(("mail", "Done", "task"));
        }

        return Type(TypeId, "Focal point approval", activities, transitions);
    }

    private static async Task SignalWithAsync(TestTenant tenant, string name, string correlationId, JsonObject input)
    {
        using var api = tenant.Api();
        var response = await api.PostAsync($"{tenant.Path}/api/workflows/signal/{name}?correlationId={correlationId}", new StringContent(input.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    /// <summary>The link's path within the tenant (what a browser session of the tenant opens).</summary>
    private static string TenantRelative(TestTenant tenant, string link)
    {
        var path = new Uri(link).PathAndQuery;
        Assert.StartsWith(tenant.Path + "/", path);
        return path[tenant.Path.Length..];
    }

    [GeneratedRegex("data-task-id=\"(\\d+)\"")]
    private static partial Regex TaskPattern();

    [GeneratedRegex(@"(Approve|Reject): (\S+)")]
    private static partial Regex LinkPattern();
}
