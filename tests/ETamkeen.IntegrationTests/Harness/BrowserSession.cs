using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace ETamkeen.IntegrationTests.Harness;

/// <summary>
/// A person with a browser: keeps cookies, reads the antiforgery token from each form it posts,
/// follows no redirect by itself so that tests can check where it would go.
/// </summary>
public sealed partial class BrowserSession(PortalFactory portal, string basePath) : IDisposable
{
    private readonly HttpClient _client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public string BasePath { get; } = basePath;

    public static async Task<BrowserSession> SignInAsync(PortalFactory portal, TestTenant tenant, string userName = "admin", string password = PortalFactory.AdminPassword)
    {
        var session = new BrowserSession(portal, tenant.Path);
        var response = await session.SubmitAsync("/login", "/login", new() { ["UserName"] = userName, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(BasePath + path);

    /// <summary>The signed-in client itself, for the APIs a user calls with their cookie (paths include the tenant's prefix).</summary>
    public HttpClient Client => _client;

    public async Task<string> PageAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens <paramref name="formPage"/>, takes its antiforgery token, and posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var response = await GetAsync(formPage);
        var page = await response.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {formPage} ({(int)response.StatusCode}): {page[..Math.Min(page.Length, 2000)]}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await _client.PostAsync(BasePath + action, new FormUrlEncodedContent(fields));
    }

    public Task<HttpResponseMessage> PostWithoutTokenAsync(string action, Dictionary<string, string> fields) =>
        _client.PostAsync(BasePath + action, new FormUrlEncodedContent(fields));

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
