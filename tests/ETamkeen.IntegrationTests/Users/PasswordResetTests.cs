using System.Net;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Email;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Users;

/// <summary>"Forgot your password?" end to end: the e-mail reaches a real SMTP server and its link works once.</summary>
[Collection(EmailCollection.Name)]
public sealed partial class PasswordResetTests(EmailPortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_reset_link_arrives_by_email_and_works_once(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry");
        var address = SmtpTestServer.NewAddress("agent");
        using (var admin = await BrowserSession.SignInAsync(portal, tenant))
        {
            var created = await admin.SubmitAsync("/admin/users/create", "/admin/users/create", new()
            {
                ["UserName"] = "agent.sante", ["Email"] = address, ["Password"] = Accounts.Password, ["Roles"] = "Editor", ["IsEnabled"] = "true",
            });
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        using var visitor = new BrowserSession(portal, tenant.Path);
        var asked = await visitor.SubmitAsync("/forgot-password", "/forgot-password", new() { ["Email"] = address });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);

        // An unknown address gets the same answer and no mail.
        var unknown = await visitor.SubmitAsync("/forgot-password", "/forgot-password", new() { ["Email"] = SmtpTestServer.NewAddress("nobody") });
        Assert.Equal(await asked.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());

        var message = await portal.Smtp.WaitForMessageToAsync(address);
        var link = LinkPattern().Match(message.TextBody ?? "").Value;
        Assert.Contains(tenant.Path + "/reset-password?user=", link);
        var relative = new Uri(link).PathAndQuery[tenant.Path.Length..];

        const string newPassword = "Nouveau-mot-2026";
        var reset = await visitor.SubmitAsync(relative, "/reset-password", new()
        {
            ["User"] = Query(relative, "user"), ["Code"] = Query(relative, "code"), ["Password"] = newPassword, ["ConfirmPassword"] = newPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        using (var signedIn = await BrowserSession.SignInAsync(portal, tenant, "agent.sante", newPassword))
        {
            Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/admin")).StatusCode);
        }

        // The same link a second time: refused, and the password stays the new one.
        var again = await visitor.SubmitAsync(relative, "/reset-password", new()
        {
            ["User"] = Query(relative, "user"), ["Code"] = Query(relative, "code"), ["Password"] = "Autre-mot-2026x", ["ConfirmPassword"] = "Autre-mot-2026x",
        });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("no longer valid", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        using var stillNew = await BrowserSession.SignInAsync(portal, tenant, "agent.sante", newPassword);
    }

    [Fact]
    public async Task A_forged_or_mismatched_reset_is_refused_without_an_error()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        using var visitor = new BrowserSession(portal, tenant.Path);
        var forged = await visitor.SubmitAsync("/reset-password?user=nobody&code=abc", "/reset-password", new()
        {
            ["User"] = "nobody", ["Code"] = "abc", ["Password"] = "Nouveau-mot-2026", ["ConfirmPassword"] = "Nouveau-mot-2026",
        });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var mismatch = await visitor.SubmitAsync("/reset-password?user=x&code=y", "/reset-password", new()
        {
            ["User"] = "x", ["Code"] = "y", ["Password"] = "Nouveau-mot-2026", ["ConfirmPassword"] = "Different-2026",
        });
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("The two passwords differ.", WebUtility.HtmlDecode(await mismatch.Content.ReadAsStringAsync()));
    }

    private static string Query(string relative, string key) =>
        Uri.UnescapeDataString(Regex.Match(relative, "[?&]" + key + "=([^&]+)").Groups[1].Value);

    [GeneratedRegex(@"https?://\S+/reset-password\?\S+")]
    private static partial Regex LinkPattern();
}
