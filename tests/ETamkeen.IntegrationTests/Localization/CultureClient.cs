using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace ETamkeen.IntegrationTests.Localization;

/// <summary>A browser with a language preference (Accept-Language) and cookies, on one tenant.</summary>
public sealed partial class CultureClient : IDisposable
{
    private readonly HttpClient _client;
    private readonly string _basePath;

    public CultureClient(PortalFactory portal, TestTenant tenant, string? acceptLanguage)
    {
        _client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        _client.DefaultRequestHeaders.AcceptLanguage.Clear();
        _basePath = tenant.Path;
        if (acceptLanguage is not null)
        {
            _client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(acceptLanguage));
        }
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(_basePath + path);

    public async Task<string> PageAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    public async Task SignInAsync()
    {
        var response = await SubmitAsync("/login", "/login", new() { ["UserName"] = "admin", ["Password"] = PortalFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Posts the fields to <paramref name="action"/> with the antiforgery token of <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await (await GetAsync(formPage)).Content.ReadAsStringAsync();
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        return await _client.PostAsync(_basePath + action, new FormUrlEncodedContent(fields));
    }

    public Task<HttpResponseMessage> PostWithoutTokenAsync(string action, Dictionary<string, string> fields) =>
        _client.PostAsync(_basePath + action, new FormUrlEncodedContent(fields));

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
