using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace ETamkeen.IntegrationTests.Harness;

/// <summary>Users other than the tenant's administrator, created the way an administrator does it: in the users admin.</summary>
public static partial class Accounts
{
    public const string Password = "Member-pass-2026";

    /// <summary>Creates a user with that role (none for a plain account) and returns their user name.</summary>
    public static async Task<string> CreateAsync(PortalFactory portal, TestTenant tenant, string? role, string? userName = null)
    {
        userName ??= (role ?? "member").ToLowerInvariant() + Guid.NewGuid().ToString("N")[..6];
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var fields = new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Email"] = userName + "@" + tenant.Name.ToLowerInvariant() + ".gov.ma",
            ["Password"] = Password,
            ["IsEnabled"] = "true",
        };
        if (role is not null)
        {
            fields["Roles"] = role;
        }

        var response = await admin.SubmitAsync("/admin/users/create", "/admin/users/create", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Creating {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return userName;
    }

    public static async Task<BrowserSession> SignInAsAsync(PortalFactory portal, TestTenant tenant, string? role) =>
        await BrowserSession.SignInAsync(portal, tenant, await CreateAsync(portal, tenant, role), Password);

    /// <summary>Creates an API token on the user's token page and returns it.</summary>
    public static async Task<string> CreateTokenAsync(BrowserSession user, string name = "tests")
    {
        var response = await user.SubmitAsync("/admin/account/tokens", "/admin/account/tokens/create", new() { ["name"] = name, ["days"] = "30" });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No token on the page ({(int)response.StatusCode})");
        return token.Groups[1].Value;
    }

    /// <summary>A client calling the APIs with a user's API token.</summary>
    public static HttpClient WithToken(PortalFactory portal, string token)
    {
        var client = portal.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [GeneratedRegex("<code id=\"new-token\">([^<]+)</code>")]
    private static partial Regex TokenPattern();
}
