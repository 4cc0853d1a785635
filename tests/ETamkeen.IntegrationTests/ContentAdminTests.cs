using System.Net;
using System.Text.Json;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests;

/// <summary>An administrator defines a type and manages its content in the admin, without code.</summary>
[Collection(PortalCollection.Name)]
public sealed class ContentAdminTests(PortalFactory portal)
{
    private Task<TestTenant> TenantAsync(string provider = Databases.Sqlite) =>
        portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Contents", "ETamkeen.Admin"]);

    [Fact]
    public async Task The_admin_needs_a_sign_in_and_a_wrong_password_is_refused()
    {
        var tenant = await TenantAsync();
        using var anonymous = new BrowserSession(portal, tenant.Path);
        var admin = await anonymous.GetAsync("/admin/contents");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith($"{tenant.Path}/login", admin.Headers.Location!.AbsolutePath);

        var wrong = await anonymous.SubmitAsync("/login", "/login", new() { ["UserName"] = "admin", ["Password"] = "not-it-2026" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Wrong user name or password.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/admin")).StatusCode);

        using var signedIn = await BrowserSession.SignInAsync(portal, tenant);
        var dashboard = await signedIn.PageAsync("/admin");
        Assert.Contains("admin/contents", dashboard);
        Assert.Contains("admin/content-types", dashboard);
    }

    [Fact]
    public async Task A_sign_in_on_one_tenant_opens_nothing_on_another()
    {
        var a = await TenantAsync();
        var b = await TenantAsync();
        using var session = await BrowserSession.SignInAsync(portal, a);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);

        using var sameBrowserOnB = new BrowserSession(portal, b.Path);
        // Cookies are per tenant by name and path; replay A's cookie against B explicitly.
        var cookieHeader = string.Join("; ", (await session.GetAsync("/admin")).RequestMessage!.Headers.TryGetValues("Cookie", out var values) ? values : []);
        using var replay = portal.Anonymous();
        var request = new HttpRequestMessage(HttpMethod.Get, $"{b.Path}/admin");
        request.Headers.Add("Cookie", cookieHeader.Replace($"etk_auth_{a.Name}", $"etk_auth_{b.Name}", StringComparison.Ordinal));
        var onB = await replay.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, onB.StatusCode);
    }

    [Fact]
    public async Task An_administrator_builds_a_type_then_creates_edits_and_publishes_its_content()
    {
        var tenant = await TenantAsync();
        using var admin = await BrowserSession.SignInAsync(portal, tenant);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/content-types", "/admin/content-types/create", new() { ["name"] = "Formation", ["displayName"] = "Formation" })).StatusCode);
        await admin.SubmitAsync("/admin/content-types/Formation", "/admin/content-types/Formation/parts/add", new() { ["partName"] = "AutoroutePart" });
        await admin.SubmitAsync("/admin/content-types/Formation", "/admin/content-types/Formation/fields/add", new() { ["fieldName"] = "Heures", ["fieldDisplayName"] = "Durée en heures", ["fieldKind"] = "NumericField" });
        await admin.SubmitAsync("/admin/content-types/Formation", "/admin/content-types/Formation/fields/add", new() { ["fieldName"] = "Axe", ["fieldDisplayName"] = "Axe", ["fieldKind"] = "TextField" });
        await admin.SubmitAsync("/admin/content-types/Formation", "/admin/content-types/Formation/fields/Heures/settings", new() { ["displayName"] = "Durée en heures", ["required"] = "true", ["minimum"] = "1" });
        await admin.SubmitAsync("/admin/content-types/Formation", "/admin/content-types/Formation/fields/Axe/move", new() { ["direction"] = "up" });

        var typePage = await admin.PageAsync("/admin/content-types/Formation");
        Assert.True(typePage.IndexOf("Axe (Axe)", StringComparison.Ordinal) < typePage.IndexOf("Durée en heures (Heures)", StringComparison.Ordinal), "Axe was moved above Heures");

        var editor = await admin.PageAsync("/admin/contents/create/Formation");
        Assert.Contains("Durée en heures *", editor);
        Assert.Contains("name=\"Formation.Heures.Value\"", editor);

        var notANumber = await admin.SubmitAsync("/admin/contents/create/Formation", "/admin/contents/create/Formation", new()
        {
            ["TitlePart.Title"] = "Communication digitale et e-Readiness",
            ["Formation.Heures.Value"] = "dix-huit",
            ["submit.action"] = "publish",
        });
        Assert.Equal(HttpStatusCode.BadRequest, notANumber.StatusCode);
        Assert.Contains("Enter a number.", WebUtility.HtmlDecode(await notANumber.Content.ReadAsStringAsync()));

        var missing = await admin.SubmitAsync("/admin/contents/create/Formation", "/admin/contents/create/Formation", new()
        {
            ["TitlePart.Title"] = "Communication digitale et e-Readiness",
            ["submit.action"] = "publish",
        });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("Durée en heures is required.", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()));
        Assert.Equal(0, (await tenant.GetJsonAsync("/api/content?type=Formation")).GetProperty("total").GetInt32());

        var created = await admin.SubmitAsync("/admin/contents/create/Formation", "/admin/contents/create/Formation", new()
        {
            ["TitlePart.Title"] = "Communication digitale et e-Readiness",
            ["Formation.Heures.Value"] = "18",
            ["Formation.Axe.Text"] = "Axe 1 — Transformation digitale",
            ["submit.action"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editPath = created.Headers.Location!.OriginalString[tenant.Path.Length..];

        var page = await admin.PageAsync("/fr/communication-digitale-et-e-readiness");
        Assert.Contains("Communication digitale et e-Readiness", page);
        Assert.Contains("Axe 1 — Transformation digitale", page);

        // Two editors open the same version; the second save is refused with a message, not lost silently.
        var form = await admin.PageAsync(editPath);
        var versionId = System.Text.RegularExpressions.Regex.Match(form, "name=\"contentItemVersionId\" value=\"([^\"]+)\"").Groups[1].Value;
        var first = await admin.SubmitAsync(editPath, editPath, new() { ["contentItemVersionId"] = versionId, ["TitlePart.Title"] = "Communication digitale", ["Formation.Heures.Value"] = "18", ["submit.action"] = "publish" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await admin.SubmitAsync(editPath, editPath, new() { ["contentItemVersionId"] = versionId, ["TitlePart.Title"] = "Écrasement", ["Formation.Heures.Value"] = "18", ["submit.action"] = "publish" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Someone else changed this item", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()));

        var list = await admin.PageAsync("/admin/contents?type=Formation&q=communication");
        Assert.Contains("Communication digitale", list);
        Assert.DoesNotContain("Écrasement", list);

        var versions = await admin.PageAsync(editPath.Replace("/edit", "/versions", StringComparison.Ordinal));
        Assert.Contains("Communication digitale et e-Readiness", versions);
    }

    [Fact]
    public async Task Admin_forms_without_an_antiforgery_token_are_refused()
    {
        var tenant = await TenantAsync();
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var forged = await admin.PostWithoutTokenAsync("/admin/content-types/create", new() { ["name"] = "Forged" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var types = await tenant.GetJsonAsync("/api/content-types");
        Assert.DoesNotContain(types.EnumerateArray(), t => t.GetProperty("name").GetString() == "Forged");
    }

    [Fact]
    public async Task A_bad_type_name_is_explained_on_the_page()
    {
        var tenant = await TenantAsync();
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var bad = await admin.SubmitAsync("/admin/content-types", "/admin/content-types/create", new() { ["name"] = "2 bad names" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("starts with a letter", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));
        var unknownField = await admin.SubmitAsync("/admin/content-types/Menu", "/admin/content-types/Menu/fields/add", new() { ["fieldName"] = "X", ["fieldKind"] = "RocketField" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
    }
}
