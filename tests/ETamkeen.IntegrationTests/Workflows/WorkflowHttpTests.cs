using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>
/// HTTP activities: a signed address starts or resumes a workflow that answers the call, and
/// <c>HttpRequestTask</c> reaches only allowed hosts, faulting with the reason otherwise.
/// </summary>
[Collection(WorkflowHttpCollection.Name)]
public sealed class WorkflowHttpTests(WorkflowHttpPortalFactory portal)
{
    private const string EndpointType = "httpendpoint0000000000000001";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_signed_url_starts_the_workflow_and_its_HttpResponseTask_answers_the_call(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        await ImportOkAsync(tenant, Type(EndpointType, "Registration endpoint",
            [
                ("request", "HttpRequestEvent", """{ "HttpMethod": "POST", "ValidateAntiforgeryToken": false, "TokenLifeSpan": "30" }"""),
                ("answer", "HttpResponseTask", """{ "HttpStatusCode": "201", "ContentType": "text/plain", "Headers": { "Expression": "X-Workflow: {{ Workflow.Input.Query.ref }}" }, "Content": { "Expression": "Bienvenue {{ Workflow.Input.Body.name }} ({{ Workflow.Input.Query.ref }})" } }"""),
            ],
            [("request", "Done", "answer")]));

        // Only workflow managers get the address.
        using (var anonymous = tenant.Anonymous())
        {
            var refused = await anonymous.GetAsync($"{tenant.Path}/api/workflows/types/{EndpointType}/activities/request/url");
            Assert.True(refused.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{(int)refused.StatusCode}");
        }

        var link = await tenant.GetJsonAsync($"/api/workflows/types/{EndpointType}/activities/request/url");
        var url = link.GetProperty("url").GetString()!;
        Assert.Contains($"{tenant.Path}/workflows/invoke?token=", url);
        Assert.Equal("POST", link.GetProperty("method").GetString());
        Assert.True(link.GetProperty("expiresUtc").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(29));

        using var caller = tenant.Anonymous();
        var response = await caller.PostAsync(url + "&ref=42", Json("""{ "name": "Amina" }"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Bienvenue Amina (42)", await response.Content.ReadAsStringAsync());
        Assert.Equal("42", Assert.Single(response.Headers.GetValues("X-Workflow")));
        var instance = await SingleInstanceAsync(tenant, EndpointType);
        Assert.Equal("Finished", Status(instance));
        Assert.Equal("Amina", instance.GetProperty("State").GetProperty("Input").GetProperty("Body").GetProperty("name").GetString());

        // A form body is read too.
        var form = await caller.PostAsync(url + "&ref=43", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Youssef" }));
        Assert.Equal("Bienvenue Youssef (43)", await form.Content.ReadAsStringAsync());

        // Wrong method, bad JSON: a clear answer and nothing started.
        var get = await caller.GetAsync(url);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Contains("expects POST", await get.Content.ReadAsStringAsync());
        var badJson = await caller.PostAsync(url, Json("{ \"name\": "));
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Contains("not JSON", await badJson.Content.ReadAsStringAsync());
        Assert.Equal(2, (await InstancesAsync(tenant, EndpointType)).Count);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_tampered_or_foreign_token_is_refused_and_starts_nothing(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        var other = await TenantAsync(portal, provider);
        var endpoint = Type(EndpointType, "Ping", [("request", "HttpRequestEvent", "{}"), ("answer", "HttpResponseTask", """{ "Content": { "Expression": "pong" } }""")], [("request", "Done", "answer")]);
        await ImportOkAsync(tenant, endpoint);
        await ImportOkAsync(other, (JsonObject)endpoint.DeepClone());
        var url = (await tenant.GetJsonAsync($"/api/workflows/types/{EndpointType}/activities/request/url")).GetProperty("url").GetString()!;
        using var caller = tenant.Anonymous();
        Assert.Equal("pong", await (await caller.GetAsync(url)).Content.ReadAsStringAsync());

        var at = url.Length - 12;
        var tampered = url[..at] + (url[at] == 'A' ? 'B' : 'A') + url[(at + 1)..];
        foreach (var bad in new[] { tampered, url[..^4], url.Replace("token=", "token=x", StringComparison.Ordinal), $"http://localhost{tenant.Path}/workflows/invoke" })
        {
            var refused = await caller.GetAsync(bad);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Contains("not valid or has expired", await refused.Content.ReadAsStringAsync());
        }

        // Another tenant's keys don't read this tenant's token, though it has the same type.
        var foreign = await caller.GetAsync(url.Replace(tenant.Path + "/", other.Path + "/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Single(await InstancesAsync(tenant, EndpointType));
        Assert.Empty(await InstancesAsync(other, EndpointType));

        // A disabled type answers 404 too.
        var disabled = Type(EndpointType, "Ping", [("request", "HttpRequestEvent", "{}"), ("answer", "HttpResponseTask", "{}")], [("request", "Done", "answer")]);
        disabled["IsEnabled"] = false;
        await ImportOkAsync(tenant, disabled);
        Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync(url)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task An_expired_address_or_a_post_without_antiforgery_token_is_refused(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        const string shortLived = "httpshortlived00000000000001";
        const string guarded = "httpguarded00000000000000001";
        await ImportOkAsync(tenant,
            Type(shortLived, "Short-lived", [("request", "HttpRequestEvent", """{ "TokenLifeSpan": 0.00002 }"""), ("answer", "HttpResponseTask", "{}")], [("request", "Done", "answer")]),
            Type(guarded, "Site form", [("request", "HttpRequestEvent", """{ "HttpMethod": "POST", "ValidateAntiforgeryToken": true }"""), ("answer", "HttpResponseTask", "{}")], [("request", "Done", "answer")]));
        var expiring = (await tenant.GetJsonAsync($"/api/workflows/types/{shortLived}/activities/request/url")).GetProperty("url").GetString()!;
        var form = (await tenant.GetJsonAsync($"/api/workflows/types/{guarded}/activities/request/url")).GetProperty("url").GetString()!;

        using var caller = tenant.Anonymous();
        var noToken = await caller.PostAsync(form, Json("{}"));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("antiforgery token is missing or not valid", await noToken.Content.ReadAsStringAsync());

        // 0.00002 days: under two seconds.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var expired = await caller.GetAsync(expiring);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Contains("not valid or has expired", await expired.Content.ReadAsStringAsync());
        Assert.Empty(await InstancesAsync(tenant, shortLived));
        Assert.Empty(await InstancesAsync(tenant, guarded));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_signed_url_with_a_workflow_id_resumes_that_waiting_instance_once(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        const string typeId = "httpcallback0000000000000001";
        await ImportOkAsync(tenant, Type(typeId, "Payment callback",
            [
                ("start", "SignalEvent", Signal("pay")),
                ("callback", "HttpRequestEvent", """{ "HttpMethod": "POST" }"""),
                ("paid", "SetOutputTask", """{ "OutputName": "receipt", "Value": { "Expression": "input('Body').receipt" } }"""),
            ],
            [("start", "Done", "callback"), ("callback", "Done", "paid")]));
        await SignalAsync(tenant, "pay", "order-7");
        var workflowId = Assert.Single(await InstancesAsync(tenant, typeId)).GetProperty("WorkflowId").GetString();

        var url = (await tenant.GetJsonAsync($"/api/workflows/types/{typeId}/activities/callback/url?workflowId={workflowId}")).GetProperty("url").GetString()!;
        using var caller = tenant.Anonymous();
        var response = await caller.PostAsync(url, Json("""{ "receipt": "R-991" }"""));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var instance = await SingleInstanceAsync(tenant, typeId);
        Assert.Equal("Finished", Status(instance));
        Assert.Equal("R-991", Output(instance, "receipt").GetString());

        var again = await caller.PostAsync(url, Json("""{ "receipt": "R-992" }"""));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("R-991", Output(await SingleInstanceAsync(tenant, typeId), "receipt").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task HttpRequestTask_to_an_allowed_server_takes_the_outcome_of_the_status_it_gets(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        await ImportOkAsync(tenant,
            Caller("httpcall00000000000000000001", "found", portal.Remote.Url("/status/200?ref={{ Workflow.CorrelationId }}")),
            Caller("httpcall00000000000000000002", "missing", portal.Remote.Url("/status/404")),
            Caller("httpcall00000000000000000003", "broken", portal.Remote.Url("/status/503")));
        await SignalAsync(tenant, "found", "dossier-1");
        await SignalAsync(tenant, "missing");
        await SignalAsync(tenant, "broken");

        var found = await SingleInstanceAsync(tenant, "httpcall00000000000000000001");
        Assert.Equal("Finished", Status(found));
        Assert.Equal("ok", Output(found, "branch").GetString());
        Assert.Equal("answer 200: POST {\"dossier\":\"dossier-1\"}", Output(found, "body").GetString());
        Assert.Contains(portal.Remote.Received(), r => r == "POST /status/200?ref=dossier-1 X-Trace=dossier-1 {\"dossier\":\"dossier-1\"}");
        Assert.Equal("missing", Output(await SingleInstanceAsync(tenant, "httpcall00000000000000000002"), "branch").GetString());
        var broken = await SingleInstanceAsync(tenant, "httpcall00000000000000000003");
        Assert.Equal("unhandled", Output(broken, "branch").GetString());
        Assert.Equal(503, broken.GetProperty("State").GetProperty("LastResult").GetProperty("StatusCode").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task HttpRequestTask_to_a_host_not_allowed_or_unreachable_faults_the_instance_with_the_reason(string provider)
    {
        var tenant = await TenantAsync(portal, provider);

        // The tenant's own list may name hosts, but never opens a private or loopback address.
        var settings = await RecipeAsync(tenant, """{ "steps": [ { "name": "settings", "WorkflowHttpRequestSettings": { "AllowedHosts": ["10.1.2.3", "127.0.0.1:9"] } } ] }""");
        Assert.True(settings.IsSuccessStatusCode, await settings.Content.ReadAsStringAsync());
        var otherPort = SmtpTestServer.FreePort();
        await ImportOkAsync(tenant,
            Caller("httpdenied000000000000000001", "loopback", $"http://127.0.0.1:{otherPort}/status/200"),
            Caller("httpdenied000000000000000002", "private", "http://10.20.30.40/status/200"),
            Caller("httpdenied000000000000000003", "tenantlisted", "http://10.1.2.3/status/200"),
            Caller("httpdenied000000000000000004", "tenantloopback", "http://127.0.0.1:9/status/200"),
            Caller("httpdenied000000000000000005", "closed", $"http://127.0.0.1:{portal.ClosedPort}/status/200"),
            Caller("httpdenied000000000000000006", "notaurl", "file:///etc/passwd"));
        foreach (var signal in new[] { "loopback", "private", "tenantlisted", "tenantloopback", "closed", "notaurl" })
        {
            await SignalAsync(tenant, signal);
        }

        await AssertFaulted("httpdenied000000000000000001", $"host not allowed: 127.0.0.1:{otherPort} is not in the allowed hosts");
        await AssertFaulted("httpdenied000000000000000002", "host not allowed: 10.20.30.40 is not in the allowed hosts");
        await AssertFaulted("httpdenied000000000000000003", "host not allowed: 10.1.2.3 is 10.1.2.3, a loopback, link-local or private address");
        await AssertFaulted("httpdenied000000000000000004", "host not allowed: 127.0.0.1 is 127.0.0.1, a loopback, link-local or private address");
        await AssertFaulted("httpdenied000000000000000005", $"could not connect to 127.0.0.1:{portal.ClosedPort}");
        await AssertFaulted("httpdenied000000000000000006", "'file:///etc/passwd' is not an http or https address");

        async Task AssertFaulted(string typeId, string reason)
        {
            var instance = await SingleInstanceAsync(tenant, typeId);
            Assert.Equal("Faulted", Status(instance));
            var message = instance.GetProperty("FaultMessage").GetString()!;
            Assert.StartsWith("HttpRequestTask (call): " + reason, message);
        }
    }

    /// <summary>Signal → POST to the address → a branch per outcome, the body kept as an output.</summary>
    private static JsonObject Caller(string typeId, string signal, string url) => Type(typeId, "Call " + signal,
        [
            ("start", "SignalEvent", Signal(signal)),
            ("call", "HttpRequestTask", JsonSerializer.Serialize(new
            {
                Url = new { Expression = url },
                HttpMethod = "POST",
                Headers = new { Expression = "X-Trace: {{ Workflow.CorrelationId }}" },
                Body = new { Expression = "{\"dossier\":\"{{ Workflow.CorrelationId }}\"}" },
                ContentType = "application/json",
                HttpResponseCodes = new[] { "200", "404" },
            })),
            ("ok", "SetOutputTask", """{ "OutputName": "branch", "Value": { "Expression": "'ok'" } }"""),
            ("missing", "SetOutputTask", """{ "OutputName": "branch", "Value": { "Expression": "'missing'" } }"""),
            ("unhandled", "SetOutputTask", """{ "OutputName": "branch", "Value": { "Expression": "'unhandled'" } }"""),
            ("body", "SetOutputTask", """{ "OutputName": "body", "Value": { "Expression": "lastResult().Body" } }"""),
        ],
        [("start", "Done", "call"), ("call", "200", "body"), ("body", "Done", "ok"), ("call", "404", "missing"), ("call", "UnhandledHttpStatus", "unhandled")]);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
