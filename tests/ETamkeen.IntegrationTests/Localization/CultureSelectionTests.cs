using System.Net;
using System.Text;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Localization;

/// <summary>The request's culture: URL segment, then cookie, then Accept-Language, then the site's default.</summary>
[Collection(PortalCollection.Name)]
public sealed class CultureSelectionTests(PortalFactory portal)
{
    internal static Task<TestTenant> TenantAsync(PortalFactory portal, string provider = Databases.Sqlite) =>
        portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Localization"]);

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Login_speaks_Arabic_to_an_Arabic_browser(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        using var arabic = new CultureClient(portal, tenant, "ar");

        var response = await arabic.GetAsync("/login");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page);
        Assert.Contains("<h1>تسجيل الدخول</h1>", page);
        Assert.Contains("اسم المستخدم أو البريد الإلكتروني", page);
        Assert.Equal("ar", Assert.Single(response.Content.Headers.ContentLanguage));
    }

    [Fact]
    public async Task The_admin_is_right_to_left_in_Arabic()
    {
        var tenant = await TenantAsync(portal);
        using var arabic = new CultureClient(portal, tenant, "ar-MA");
        await arabic.SignInAsync();

        var page = await arabic.PageAsync("/admin");

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page);
        Assert.Contains("لوحة القيادة", page);
    }

    [Fact]
    public async Task The_cookie_wins_over_Accept_Language_and_the_URL_segment_over_both()
    {
        var tenant = await TenantAsync(portal);
        using var visitor = new CultureClient(portal, tenant, "ar");

        var set = await visitor.GetAsync("/set-culture?culture=fr&returnUrl=" + Uri.EscapeDataString(tenant.Path + "/login"));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(tenant.Path + "/login", set.Headers.Location!.OriginalString);
        Assert.Contains(set.Headers.GetValues("Set-Cookie"), c => c.StartsWith("etk_culture=fr", StringComparison.Ordinal) && c.Contains("path=" + tenant.Path, StringComparison.OrdinalIgnoreCase));

        var page = await visitor.PageAsync("/login");
        Assert.Contains("<h1>Se connecter</h1>", page);

        var fromUrl = await visitor.GetAsync("/en/no-such-page");
        Assert.Equal("en", Assert.Single(fromUrl.Content.Headers.ContentLanguage));

        // The theme's switcher on a page without a culture segment.
        Assert.Contains("<h1>تسجيل الدخول</h1>", await visitor.PageAsync("/login?culture=ar"));
    }

    [Fact]
    public async Task A_culture_the_site_does_not_offer_falls_back_to_its_default()
    {
        var tenant = await TenantAsync(portal);
        using var api = tenant.Api();
        var recipe = """{ "steps": [ { "name": "settings", "LocalizationSettings": { "DefaultCulture": "fr", "SupportedCultures": ["fr", "ar"] } } ] }""";
        var run = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));
        Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());

        using var english = new CultureClient(portal, tenant, "en-GB");
        Assert.Contains("<h1>Se connecter</h1>", await english.PageAsync("/login"));

        // Asking for it through the switcher changes nothing either, and a return address off the site is ignored.
        var set = await english.GetAsync("/set-culture?culture=de&returnUrl=https://example.org/");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.False(set.Headers.Contains("Set-Cookie"));
        Assert.Equal(tenant.Path + "/", set.Headers.Location!.OriginalString);
        Assert.Contains("<h1>Se connecter</h1>", await english.PageAsync("/login"));
    }

    [Fact]
    public async Task The_switcher_form_needs_its_antiforgery_token()
    {
        var tenant = await TenantAsync(portal);
        using var visitor = new CultureClient(portal, tenant, "fr");

        var forged = await visitor.PostWithoutTokenAsync("/culture", new() { ["culture"] = "ar", ["returnUrl"] = tenant.Path + "/login" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("<h1>Se connecter</h1>", await visitor.PageAsync("/login"));

        var chosen = await visitor.SubmitAsync("/login", "/culture", new() { ["culture"] = "ar", ["returnUrl"] = tenant.Path + "/login" });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Contains("<h1>تسجيل الدخول</h1>", await visitor.PageAsync("/login"));
    }

    [Fact]
    public async Task A_malformed_Accept_Language_is_ignored()
    {
        var tenant = await TenantAsync(portal);
        using var client = portal.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        using var request = new HttpRequestMessage(HttpMethod.Get, tenant.Path + "/login");
        request.Headers.TryAddWithoutValidation("Accept-Language", ";;q=abc,\u0001,ar;q=x");
        request.Headers.TryAddWithoutValidation("Cookie", "etk_culture=%00%ZZ");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
