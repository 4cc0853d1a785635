using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Email;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Users;

/// <summary>A civil servant creates their own account where the site allows it, and confirms their address by e-mail.</summary>
[Collection(EmailCollection.Name)]
public sealed partial class RegistrationTests(EmailPortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_registered_account_signs_in_once_its_address_is_confirmed(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry");
        using var visitor = new BrowserSession(portal, tenant.Path);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/register")).StatusCode);

        const string recipe = """{ "steps": [ { "name": "settings", "RegistrationSettings": { "UsersCanRegister": 1, "UsersMustValidateEmail": true } } ] }""";
        Assert.True((await tenant.Api().PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"))).IsSuccessStatusCode);
        Assert.Contains("/register", await visitor.PageAsync("/login"));

        var address = SmtpTestServer.NewAddress("fonctionnaire");
        var bad = await visitor.SubmitAsync("/register", "/register", new() { ["UserName"] = "agent", ["Email"] = "pas-une-adresse", ["Password"] = "court", ["ConfirmPassword"] = "court" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Enter a valid e-mail address.", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));

        var registered = await visitor.SubmitAsync("/register", "/register", new()
        {
            ["UserName"] = "agent.rabat", ["Email"] = address, ["Password"] = Accounts.Password, ["ConfirmPassword"] = Accounts.Password,
        });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);

        var refused = await visitor.SubmitAsync("/login", "/login", new() { ["UserName"] = "agent.rabat", ["Password"] = Accounts.Password });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Confirm your e-mail address first", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));

        var message = await portal.Smtp.WaitForMessageToAsync(address);
        var link = LinkPattern().Match(message.TextBody ?? "").Value;
        var confirmed = await visitor.GetAsync(new Uri(link).PathAndQuery[tenant.Path.Length..]);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        // Signed in, the account has no role: it is not an administrator of anything.
        using var agent = await BrowserSession.SignInAsync(portal, tenant, "agent.rabat", Accounts.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/admin")).StatusCode);

        var forged = await visitor.GetAsync("/confirm-email?user=x&code=y");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [GeneratedRegex(@"https?://\S+/confirm-email\?\S+")]
    private static partial Regex LinkPattern();
}
