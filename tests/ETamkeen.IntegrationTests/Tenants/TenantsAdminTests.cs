using System.Net;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.Security;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ETamkeen.IntegrationTests.Tenants;

/// <summary>MTNRA's tenant pages on the Default tenant: list, create, address, disable, enable, remove.</summary>
[Collection(PortalCollection.Name)]
public sealed class TenantsAdminTests(PortalFactory portal)
{
    private TestTenant Default => new(portal, ShellSettings.DefaultName, "");

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task An_administrator_creates_a_tenant_with_the_form_and_its_site_answers(string provider)
    {
        using var admin = await BrowserSession.SignInAsync(portal, Default);
        var form = await admin.PageAsync("/admin/tenants/create");
        Assert.Contains("value=\"ministry\"", form);
        Assert.Contains("value=\"blank\"", form);

        var name = "Adm" + Guid.NewGuid().ToString("N")[..10];
        var prefix = name.ToLowerInvariant();
        var created = await admin.SubmitAsync("/admin/tenants/create", "/admin/tenants/create", CreateFields(name, prefix, provider));
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await BodyAsync(created));
        Assert.Equal($"/admin/tenants?q={name}", created.Headers.Location!.OriginalString);

        var list = await admin.PageAsync($"/admin/tenants?q={name}");
        Assert.Contains($"Tenant {name} is created and running.", list);
        Assert.DoesNotContain("The recipe warned", list);
        Assert.Contains($"<td>{name}</td>", list);
        Assert.Contains("state-running", list);
        Assert.Contains($"href=\"/{prefix}/admin\"", list);

        using var anonymous = portal.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/{prefix}/")).StatusCode);
        using var itsAdmin = await BrowserSession.SignInAsync(portal, new TestTenant(portal, name, prefix));
        Assert.Equal(HttpStatusCode.OK, (await itsAdmin.GetAsync("/admin")).StatusCode);
        Assert.Equal(provider, portal.Shells.GetSettings(name)!.DatabaseProvider);
    }

    [Fact]
    public async Task An_invalid_form_answers_400_with_the_messages_beside_the_fields_and_creates_nothing()
    {
        var taken = await portal.CreateTenantAsync(Databases.Sqlite);
        using var admin = await BrowserSession.SignInAsync(portal, Default);
        var name = "Bad" + Guid.NewGuid().ToString("N")[..10];

        var badName = await admin.SubmitAsync("/admin/tenants/create", "/admin/tenants/create", CreateFields("9" + name, "x" + name.ToLowerInvariant()));
        Assert.Equal(HttpStatusCode.BadRequest, badName.StatusCode);
        Assert.StartsWith("A tenant name starts with a letter", FieldError(await BodyAsync(badName), "name"), StringComparison.Ordinal);

        var takenPrefix = await admin.SubmitAsync("/admin/tenants/create", "/admin/tenants/create", CreateFields(name, taken.Prefix));
        Assert.Equal(HttpStatusCode.BadRequest, takenPrefix.StatusCode);
        Assert.Equal($"Tenant '{taken.Name}' already answers on that prefix and host.", FieldError(await BodyAsync(takenPrefix), "urlPrefix"));

        var weak = CreateFields(name, name.ToLowerInvariant());
        weak["adminPassword"] = "short";
        weak["adminEmail"] = "not-an-address";
        var weakResponse = await admin.SubmitAsync("/admin/tenants/create", "/admin/tenants/create", weak);
        Assert.Equal(HttpStatusCode.BadRequest, weakResponse.StatusCode);
        var body = await BodyAsync(weakResponse);
        Assert.StartsWith("The administrator password needs at least", FieldError(body, "adminPassword"), StringComparison.Ordinal);
        Assert.Equal("A valid administrator e-mail address is required.", FieldError(body, "adminEmail"));
        Assert.Contains($"value=\"{name}\"", body);
        Assert.DoesNotContain("value=\"short\"", body);

        var badLine = CreateFields(name, name.ToLowerInvariant());
        badLine["recipeParameters"] = "MinistryAcronym=MSPS\nMinistère de la Santé";
        var badLineResponse = await admin.SubmitAsync("/admin/tenants/create", "/admin/tenants/create", badLine);
        Assert.Equal(HttpStatusCode.BadRequest, badLineResponse.StatusCode);
        Assert.Equal("Write each parameter as KEY=VALUE on its own line, not: Ministère de la Santé", FieldError(await BodyAsync(badLineResponse), "recipeParameters"));

        Assert.Null(portal.Shells.GetSettings(name));
        Assert.Null(portal.Shells.GetSettings("9" + name));
        Assert.False(Directory.Exists(Path.Combine(portal.AppData, "Sites", name)));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostWithoutTokenAsync("/admin/tenants/create", CreateFields(name, name.ToLowerInvariant()))).StatusCode);
        Assert.Null(portal.Shells.GetSettings(name));
    }

    [Fact]
    public async Task A_disabled_tenant_answers_404_until_it_is_enabled_and_Default_stays_on()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite);
        using var anonymous = portal.Anonymous();
        using var admin = await BrowserSession.SignInAsync(portal, Default);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{tenant.Path}/api/ping")).StatusCode);

        var disabled = await admin.SubmitAsync($"/admin/tenants?q={tenant.Name}", $"/admin/tenants/{tenant.Name}/disable", []);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{tenant.Path}/api/ping")).StatusCode);
        var list = await admin.PageAsync($"/admin/tenants?q={tenant.Name}");
        Assert.Contains("state-disabled", list);
        Assert.Contains($"/admin/tenants/{tenant.Name}/enable", list);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/admin/tenants?q={tenant.Name}", $"/admin/tenants/{tenant.Name}/enable", [])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{tenant.Path}/api/ping")).StatusCode);

        var onDefault = await admin.SubmitAsync("/admin/tenants", "/admin/tenants/Default/disable", []);
        Assert.Equal(HttpStatusCode.BadRequest, onDefault.StatusCode);
        Assert.Contains("The Default tenant can't be disabled.", await BodyAsync(onDefault));
        Assert.Equal(TenantState.Running, portal.Shells.GetSettings(ShellSettings.DefaultName)!.State);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SubmitAsync("/admin/tenants", "/admin/tenants/NoSuchTenant/disable", [])).StatusCode);
    }

    [Fact]
    public async Task Removal_asks_for_the_tenant_name_typed_and_never_removes_Default()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite);
        using var admin = await BrowserSession.SignInAsync(portal, Default);
        var removePage = $"/admin/tenants/{tenant.Name}/remove";
        Assert.Contains("to confirm", await admin.PageAsync(removePage));

        var wrong = await admin.SubmitAsync(removePage, removePage, new() { ["confirmName"] = tenant.Name.ToLowerInvariant() });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal($"Type the tenant's name, {tenant.Name}, exactly to confirm.", FieldError(await BodyAsync(wrong), "confirmName"));
        Assert.NotNull(portal.Shells.GetSettings(tenant.Name));

        var removed = await admin.SubmitAsync(removePage, removePage, new() { ["confirmName"] = tenant.Name });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null(portal.Shells.GetSettings(tenant.Name));
        Assert.False(Directory.Exists(Path.Combine(portal.AppData, "Sites", tenant.Name)));
        Assert.Contains($"Tenant {tenant.Name} was removed with its database and files.", await admin.PageAsync("/admin/tenants"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(removePage)).StatusCode);

        Assert.Contains("The Default tenant can't be removed.", await admin.PageAsync("/admin/tenants/Default/remove"));
        var onDefault = await admin.SubmitAsync("/admin/tenants", "/admin/tenants/Default/remove", new() { ["confirmName"] = "Default" });
        Assert.Equal(HttpStatusCode.BadRequest, onDefault.StatusCode);
        Assert.NotNull(portal.Shells.GetSettings(ShellSettings.DefaultName));
    }

    [Fact]
    public async Task Removal_switched_off_by_the_host_setting_is_refused()
    {
        using var locked = new NoRemovalPortal();
        var tenant = await locked.CreateTenantAsync(Databases.Sqlite);
        using var admin = await BrowserSession.SignInAsync(locked, new TestTenant(locked, ShellSettings.DefaultName, ""));
        Assert.DoesNotContain($"/admin/tenants/{tenant.Name}/remove", await admin.PageAsync($"/admin/tenants?q={tenant.Name}"));
        var page = await admin.PageAsync($"/admin/tenants/{tenant.Name}/remove");
        Assert.Contains("Removing tenants is switched off on this portal (ETamkeen:Tenants:AllowRemoval).", page);
        Assert.DoesNotContain("name=\"confirmName\"", page);

        var refused = await admin.SubmitAsync("/admin/tenants", $"/admin/tenants/{tenant.Name}/remove", new() { ["confirmName"] = tenant.Name });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.NotNull(locked.Shells.GetSettings(tenant.Name));
        using var anonymous = locked.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{tenant.Path}/api/ping")).StatusCode);
    }

    [Fact]
    public async Task The_list_searches_name_prefix_and_host_pages_by_fifty_and_builds_no_tenant()
    {
        var run = Guid.NewGuid().ToString("N");
        var (byName, byPrefix, byHost) = (run[..6], run[6..12], run[12..18]);
        var made = new List<string>();
        try
        {
            for (var i = 0; i < 55; i++)
            {
                var settings = new ShellSettings
                {
                    Name = $"Ls{byName}{i:00}",
                    State = TenantState.Uninitialized,
                    RequestUrlPrefix = $"p{i:00}-{byPrefix}",
                    RequestUrlHosts = i < 3 ? [$"h{i}.{byHost}.gov.ma"] : [],
                };
                await portal.Shells.SaveAsync(settings);
                made.Add(settings.Name);
            }

            var created = await portal.CreateTenantAsync(Databases.Sqlite);
            using var admin = await BrowserSession.SignInAsync(portal, Default);

            var first = await admin.PageAsync($"/admin/tenants?q={byName}");
            Assert.Contains("55 tenants", first);
            Assert.Contains("Page 1 of 2", first);
            Assert.Equal(50, Rows(first, byName));
            Assert.Contains("state-uninitialized", first);
            Assert.Contains($"Ls{byName}00", first);
            Assert.DoesNotContain($"Ls{byName}50", first);

            var second = await admin.PageAsync($"/admin/tenants?q={byName}&page=2");
            Assert.Contains("Page 2 of 2", second);
            Assert.Equal(5, Rows(second, byName));
            Assert.Contains($"Ls{byName}54", second);

            Assert.Contains("55 tenants", await admin.PageAsync($"/admin/tenants?q={byPrefix.ToUpperInvariant()}"));
            var hosts = await admin.PageAsync($"/admin/tenants?q={byHost}");
            Assert.Contains("3 tenants", hosts);
            Assert.Contains($"href=\"http://h0.{byHost}.gov.ma/p00-{byPrefix}/\"", hosts);
            Assert.Equal(0, Rows(await admin.PageAsync($"/admin/tenants?q={byName}&page=999"), byName));
            Assert.Contains("Page 1 of", await admin.PageAsync("/admin/tenants?page=not-a-number"));
            Assert.Contains(created.Name, await admin.PageAsync($"/admin/tenants?q={created.Name}"));

            Assert.All(made.Append(created.Name), name =>
            {
                Assert.False(portal.Shells.IsBuilt(name), $"{name} was built by the list");
                Assert.Null(portal.Shells.BuildFailure(name));
            });
        }
        finally
        {
            foreach (var name in made)
            {
                await portal.Shells.RemoveAsync(name);
            }
        }
    }

    [Fact]
    public async Task Only_holders_of_ManageTenants_on_Default_reach_the_pages()
    {
        using var anonymous = new BrowserSession(portal, "");
        var toLogin = await anonymous.GetAsync("/admin/tenants");
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.StartsWith("/login", toLogin.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/admin/tenants/create")).StatusCode);

        using var admin = await BrowserSession.SignInAsync(portal, Default);
        Assert.Contains("href=\"/admin/tenants\"", await admin.PageAsync("/admin"));

        var tenant = await portal.CreateTenantAsync(Databases.Sqlite);
        var editorName = "editor" + Guid.NewGuid().ToString("N")[..6];
        await Roles.RolesTestSupport.AddUserAsync(portal, Default, editorName, RoleNames.Editor);
        using var editor = await BrowserSession.SignInAsync(portal, Default, editorName);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/tenants/create")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.SubmitAsync("/admin", $"/admin/tenants/{tenant.Name}/disable", [])).StatusCode);
        Assert.DoesNotContain("href=\"/admin/tenants\"", await editor.PageAsync("/admin"));
        Assert.Equal(TenantState.Running, portal.Shells.GetSettings(tenant.Name)!.State);
    }

    [Fact]
    public async Task The_pages_do_not_exist_on_a_ministry_tenant()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        using var itsAdmin = await BrowserSession.SignInAsync(portal, tenant);
        Assert.Equal(HttpStatusCode.NotFound, (await itsAdmin.GetAsync("/admin/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await itsAdmin.GetAsync("/admin/tenants/create")).StatusCode);
        Assert.DoesNotContain("admin/tenants", await itsAdmin.PageAsync("/admin"));
    }

    [Fact]
    public async Task The_address_of_a_tenant_is_changed_and_checked_like_the_api_does()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite);
        var other = await portal.CreateTenantAsync(Databases.Sqlite);
        using var admin = await BrowserSession.SignInAsync(portal, Default);
        var edit = $"/admin/tenants/{tenant.Name}/edit";
        Assert.Contains($"value=\"{tenant.Prefix}\"", await admin.PageAsync(edit));

        var reserved = await admin.SubmitAsync(edit, edit, new() { ["urlPrefix"] = "admin", ["hostNames"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, reserved.StatusCode);
        Assert.Equal("The prefix 'admin' is used by the portal itself.", FieldError(await BodyAsync(reserved), "urlPrefix"));

        var clash = await admin.SubmitAsync(edit, edit, new() { ["urlPrefix"] = other.Prefix, ["hostNames"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, clash.StatusCode);
        Assert.Equal($"Tenant '{other.Name}' already answers on that prefix and host.", FieldError(await BodyAsync(clash), "urlPrefix"));

        var badHost = await admin.SubmitAsync(edit, edit, new() { ["urlPrefix"] = tenant.Prefix, ["hostNames"] = "ok.gov.ma, not a host!" });
        Assert.Equal(HttpStatusCode.BadRequest, badHost.StatusCode);
        Assert.StartsWith("Not a host name:", FieldError(await BodyAsync(badHost), "hostNames"), StringComparison.Ordinal);

        var moved = "m" + tenant.Prefix;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(edit, edit, new() { ["urlPrefix"] = moved, ["hostNames"] = "" })).StatusCode);
        using var anonymous = portal.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/{moved}/api/ping")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{tenant.Path}/api/ping")).StatusCode);
    }

    private static Dictionary<string, string> CreateFields(string name, string prefix, string provider = Databases.Sqlite) => new()
    {
        ["name"] = name,
        ["urlPrefix"] = prefix,
        ["hostNames"] = "",
        ["recipe"] = "ministry",
        ["siteName"] = "Ministère " + name,
        ["recipeParameters"] = "MinistryNameFr=Ministère de la Santé\r\nMinistryNameAr=وزارة الصحة\nMinistryNameEn=Ministry of Health\nMinistryAcronym=MSPS\n",
        ["adminUserName"] = "admin",
        ["adminEmail"] = $"admin@{name.ToLowerInvariant()}.gov.ma",
        ["adminPassword"] = PortalFactory.AdminPassword,
        ["databaseProvider"] = provider,
        ["connectionString"] = provider == Databases.Postgres ? Databases.PostgresConnectionString! : "",
    };

    private static async Task<string> BodyAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The message shown beside a field (its validation span).</summary>
    private static string FieldError(string page, string field)
    {
        var match = Regex.Match(page, $"<span[^>]*data-valmsg-for=\"{field}\"[^>]*>([^<]*)</span>");
        Assert.True(match.Success && match.Groups[1].Value.Length > 0, $"No message beside {field}");
        return match.Groups[1].Value;
    }

    private static int Rows(string page, string namePart) => Regex.Matches(page, $"<td>Ls{namePart}\\d\\d</td>").Count;

    /// <summary>A portal whose host forbids removing tenants.</summary>
    private sealed class NoRemovalPortal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(TenantOperations.AllowRemovalSetting, "false");
        }
    }
}
