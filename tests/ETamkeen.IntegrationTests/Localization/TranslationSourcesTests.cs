using System.Globalization;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Localization;

/// <summary>Where translations come from: the modules' PO files, a tenant's own, the default culture as fallback.</summary>
[Collection(PortalCollection.Name)]
public sealed class TranslationSourcesTests(PortalFactory portal)
{
    private static readonly string[] s_maghrebMonths = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"];

    [Fact]
    public async Task A_tenant_s_own_PO_file_overrides_a_module_string_on_that_tenant_only()
    {
        var own = await CultureSelectionTests.TenantAsync(portal);
        var other = await CultureSelectionTests.TenantAsync(portal);
        WriteTenantPo(own, "ar", "msgctxt \"/Views/Account/Login.cshtml\"\nmsgid \"Sign in\"\nmsgstr \"الدخول إلى الفضاء\"\n");

        using var onOwn = new CultureClient(portal, own, "ar");
        using var onOther = new CultureClient(portal, other, "ar");

        Assert.Contains("<h1>الدخول إلى الفضاء</h1>", await onOwn.PageAsync("/login"));
        Assert.Contains("<h1>تسجيل الدخول</h1>", await onOther.PageAsync("/login"));
    }

    [Fact]
    public async Task A_string_missing_in_Arabic_falls_back_to_French_and_is_listed_for_translators()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry", features: ["ETamkeen.Localization", "ETamkeen.TestModule"]);

        // Every module ships Arabic; the test module translates its string into French only.
        using var arabic = new CultureClient(portal, tenant, "ar");
        await arabic.SignInAsync();

        var notes = await arabic.PageAsync("/notes");
        Assert.Contains("Notes conservées par le module de test.", notes);
        Assert.DoesNotContain("Notes kept by the test module.", notes);

        var missing = await arabic.PageAsync("/admin/localization/missing");
        Assert.Contains("Notes kept by the test module.", missing);
        Assert.Contains("ar-MA", missing);

        // The first-seen dates are Moroccan Arabic ones: Maghreb month names, Western digits.
        Assert.Contains(s_maghrebMonths[DateTime.UtcNow.Month - 1], missing);
        Assert.Contains(DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture), missing);
        Assert.DoesNotContain(missing, c => c is >= '\u0660' and <= '\u0669');

        var po = await arabic.GetAsync("/admin/localization/missing.po?culture=ar-MA");
        Assert.Contains("msgid \"Notes kept by the test module.\"", await po.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Missing_translations_need_the_ManageCultures_permission()
    {
        var tenant = await CultureSelectionTests.TenantAsync(portal);
        using var anonymous = new CultureClient(portal, tenant, "fr");

        var response = await anonymous.GetAsync("/admin/localization/missing");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(tenant.Path + "/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_broken_tenant_PO_file_leaves_the_site_working_in_the_modules_translations()
    {
        var tenant = await CultureSelectionTests.TenantAsync(portal);
        WriteTenantPo(tenant, "ar", "msgid \"Sign in\"\nmsgstr \"unterminated\n");
        using var arabic = new CultureClient(portal, tenant, "ar");

        Assert.Contains("<h1>تسجيل الدخول</h1>", await arabic.PageAsync("/login"));
    }

    private void WriteTenantPo(TestTenant tenant, string culture, string text)
    {
        var folder = Path.Combine(portal.AppData, "Sites", tenant.Name, "Localization");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, culture + ".po"), text);
    }
}
