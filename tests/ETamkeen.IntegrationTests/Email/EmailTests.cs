using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using ETamkeen.Email;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.Security;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ETamkeen.IntegrationTests.Email;

/// <summary>
/// Mail leaves through a real SMTP server: the platform's relay by default, a tenant's own
/// server from its settings; failures are told, never a 500; the password is kept out of sight.
/// </summary>
[Collection(EmailCollection.Name)]
public sealed class EmailTests(EmailPortalFactory portal)
{
    private const string Page = "/admin/settings/email";
    private const string TestAction = "/admin/settings/email/test";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_test_email_from_the_settings_page_arrives_through_the_platform_relay(string provider)
    {
        var tenant = await TenantAsync(provider);
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        Assert.Contains("admin/settings/email", await admin.PageAsync("/admin"));
        Assert.Contains($"{portal.Smtp.Host}:{portal.Smtp.Port}", await admin.PageAsync(Page));

        var to = SmtpTestServer.NewAddress("admin");
        var html = await SendTestAsync(admin, to);
        Assert.Contains($"The test e-mail to {to} was handed to the mail server.", html);

        var message = await portal.Smtp.WaitForMessageToAsync(to);
        Assert.Equal($"Test e-mail from Site {tenant.Name}", message.Subject);
        Assert.Equal([to], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("no-reply@mtnra.tests.etamkeen.ma", Assert.Single(message.From.Mailboxes).Address);
        Assert.Contains($"Site {tenant.Name}", message.TextBody);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_settings_step_gives_the_tenant_its_own_server_and_sender(string provider)
    {
        using var own = new SmtpTestServer();
        var tenant = await TenantAsync(provider);
        await RunSmtpSettingsAsync(tenant, new JsonObject
        {
            ["DefaultSender"] = "Ministère de la Santé <contact@sante.tests.etamkeen.ma>",
            ["Host"] = own.Host,
            ["Port"] = own.Port,
            ["EncryptionMethod"] = 0,
            ["AutoSelectEncryption"] = false,
            ["RequireCredentials"] = false,
        });

        // Another tenant of the same host keeps the platform's relay.
        var other = await TenantAsync(provider);

        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var to = SmtpTestServer.NewAddress("sante");
        Assert.Contains("was handed to the mail server", await SendTestAsync(admin, to));
        var message = await own.WaitForMessageToAsync(to);
        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal(("contact@sante.tests.etamkeen.ma", "Ministère de la Santé"), (from.Address, from.Name));
        Assert.Empty(portal.Smtp.MessagesTo(to));

        using var otherAdmin = await BrowserSession.SignInAsync(portal, other);
        var otherTo = SmtpTestServer.NewAddress("other");
        await SendTestAsync(otherAdmin, otherTo);
        Assert.Equal("no-reply@mtnra.tests.etamkeen.ma", Assert.Single((await portal.Smtp.WaitForMessageToAsync(otherTo)).From.Mailboxes).Address);
        Assert.Empty(own.MessagesTo(otherTo));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task An_unreachable_server_is_reported_on_the_page_and_to_callers_never_as_a_server_error(string provider)
    {
        var tenant = await TenantAsync(provider);
        var closed = SmtpTestServer.FreePort();
        await RunSmtpSettingsAsync(tenant, new JsonObject { ["Host"] = "127.0.0.1", ["Port"] = closed });
        using var admin = await BrowserSession.SignInAsync(portal, tenant);

        var html = await SendTestAsync(admin, SmtpTestServer.NewAddress("nowhere"));
        Assert.Contains("The test e-mail could not be sent", html);
        Assert.Contains($"The mail server 127.0.0.1:{closed} could not be reached", html);

        // Code that sends (password reset, workflows) gets the same reason as a result.
        var result = await SendDirectlyAsync(tenant, new EmailMessage { To = [SmtpTestServer.NewAddress()], Subject = "x", TextBody = "x" });
        Assert.False(result.Succeeded);
        Assert.Contains("could not be reached", result.Error);
        var invalid = await SendDirectlyAsync(tenant, new EmailMessage { To = ["not an address"], Subject = "x" });
        Assert.Contains("'not an address' is not an e-mail address", invalid.Error);
        await Assert.ThrowsAsync<ArgumentNullException>(() => SendDirectlyAsync(tenant, null!));

        // Bad input on the page is a 400 with the reason, never a 500.
        var badTo = await admin.SubmitAsync(Page, TestAction, new() { ["to"] = "nobody" });
        Assert.Equal(HttpStatusCode.BadRequest, badTo.StatusCode);
        Assert.Contains("Give the address to send the test e-mail to", WebUtility.HtmlDecode(await badTo.Content.ReadAsStringAsync()));
        var badSave = await admin.SubmitAsync(Page, Page, new()
        {
            ["Host"] = "not a host!", ["Port"] = "abc", ["EncryptionMethod"] = "Rot13", ["DefaultSender"] = "nobody", ["RequireCredentials"] = "true",
        });
        Assert.Equal(HttpStatusCode.BadRequest, badSave.StatusCode);
        var errors = WebUtility.HtmlDecode(await badSave.Content.ReadAsStringAsync());
        Assert.Contains("The server is a host name or an IP address.", errors);
        Assert.Contains("The port is a number from 1 to 65535.", errors);
        Assert.Contains("The encryption is None, SslTls or StartTls.", errors);
        Assert.Contains("The sender is an e-mail address", errors);
        Assert.Contains("A user name is needed", errors);

        // A recipe with a wrong section fails its step with the reason.
        using var api = portal.Api();
        var refused = await PostRecipeAsync(api, tenant, new JsonObject { ["Host"] = "127.0.0.1", ["Port"] = "many" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("SmtpSettings.Port must be a whole number", await refused.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_stored_password_never_appears_in_the_page_the_export_or_the_database(string provider)
    {
        const string secret = "S3cret-relay-passw0rd";
        var tenant = await TenantAsync(provider);
        await RunSmtpSettingsAsync(tenant, new JsonObject
        {
            ["Host"] = portal.Smtp.Host,
            ["Port"] = portal.Smtp.Port,
            ["RequireCredentials"] = true,
            ["UserName"] = "relay-user",
            ["Password"] = secret,
        });
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var page = await admin.PageAsync(Page);
        Assert.Contains("relay-user", page);
        Assert.Contains("A password is stored", page);
        Assert.DoesNotContain(secret, page);

        using var api = portal.Api();
        var export = await api.GetStringAsync($"{tenant.Path}/api/recipes/export");
        Assert.DoesNotContain(secret, export);
        var smtp = JsonNode.Parse(export)!["steps"]!.AsArray().Select(s => s?["SmtpSettings"]).Single(s => s is not null)!.AsObject();
        Assert.Equal("relay-user", (string?)smtp["UserName"]);
        Assert.Equal(portal.Smtp.Port, (int?)smtp["Port"]);
        Assert.False(smtp.ContainsKey("Password"));

        var stored = await portal.WithDatabaseAsync(tenant.Name, async db =>
        {
            await using var connection = await db.OpenAsync();
            return await connection.QuerySingleAsync<string>("SELECT \"Content\" FROM \"Document\" WHERE \"Type\" = 'SmtpSettings'");
        });
        Assert.Contains("ProtectedPassword", stored);
        Assert.DoesNotContain(secret, stored);

        // Saving the form with the password left empty keeps it; the remove box removes it.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(Page, Page, new() { ["Host"] = portal.Smtp.Host, ["Port"] = $"{portal.Smtp.Port}", ["RequireCredentials"] = "true", ["UserName"] = "relay-user", ["Password"] = "" })).StatusCode);
        Assert.Contains("A password is stored", await admin.PageAsync(Page));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(Page, Page, new() { ["Host"] = portal.Smtp.Host, ["Port"] = $"{portal.Smtp.Port}", ["ClearPassword"] = "true" })).StatusCode);
        Assert.Contains("No password is stored", await admin.PageAsync(Page));

        // The export restores the server on an empty tenant, without any password.
        var copy = await portal.CreateTenantAsync(provider, features: ["ETamkeen.Email"]);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{copy.Path}/api/recipes", new StringContent(export, Encoding.UTF8, "application/json"))).StatusCode);
        using var copyAdmin = await BrowserSession.SignInAsync(portal, copy);
        var copied = await copyAdmin.PageAsync(Page);
        Assert.Contains("relay-user", copied);
        Assert.Contains("No password is stored", copied);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Only_holders_of_ManageEmailSettings_open_the_settings_page(string provider)
    {
        var tenant = await TenantAsync(provider);
        using var anonymous = portal.Anonymous();
        var visitor = await anonymous.GetAsync(tenant.Path + Page);
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.Contains("/login", visitor.Headers.Location?.ToString());

        using var editor = await Accounts.SignInAsAsync(portal, tenant, RoleNames.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(Page)).StatusCode);
        var to = SmtpTestServer.NewAddress("editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostWithoutTokenAsync(TestAction, new() { ["to"] = to })).StatusCode);
        Assert.DoesNotContain("admin/settings/email", await editor.PageAsync("/admin"));
        Assert.Empty(portal.Smtp.MessagesTo(to));
    }

    // A ministry has the standard roles (its recipe creates them) and e-mail through the users feature.
    private Task<TestTenant> TenantAsync(string provider) =>
        portal.CreateTenantAsync(provider, recipe: "ministry");

    private static async Task<string> SendTestAsync(BrowserSession admin, string to)
    {
        var response = await admin.SubmitAsync(Page, TestAction, new() { ["to"] = to });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}");
        return html;
    }

    private async Task RunSmtpSettingsAsync(TestTenant tenant, JsonObject smtpSettings)
    {
        using var api = portal.Api();
        var response = await PostRecipeAsync(api, tenant, smtpSettings);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> PostRecipeAsync(HttpClient api, TestTenant tenant, JsonObject smtpSettings)
    {
        var recipe = new JsonObject { ["steps"] = new JsonArray(new JsonObject { ["name"] = "settings", ["SmtpSettings"] = smtpSettings }) };
        return api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    /// <summary>Sends as code in the tenant does (password reset, workflows): through its <see cref="IEmailSender"/>.</summary>
    private async Task<EmailResult> SendDirectlyAsync(TestTenant tenant, EmailMessage message)
    {
        var shell = await portal.Shells.AcquireAsync(tenant.Name);
        try
        {
            await using var scope = shell.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IEmailSender>().SendAsync(message);
        }
        finally
        {
            await shell.ReleaseLeaseAsync();
        }
    }
}
