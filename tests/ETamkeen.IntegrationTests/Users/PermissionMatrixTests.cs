using System.Net;
using System.Text;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Users;

/// <summary>
/// Every admin page and API against each kind of user: a visitor is sent to sign in, a user
/// without the permission gets 403, the administrator gets in. The server checks; the menu only hides.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PermissionMatrixTests(PortalFactory portal)
{
    private const string Ok = "ok";
    private const string Forbidden = "403";

    /// <summary>Admin pages of a ministry tenant, with who may open each: A(dministrator), E(ditor), Au(thor), C(ontributor), F(ocal point), U (signed in, no role).</summary>
    public static TheoryData<string, string> Pages => new()
    {
        { "/admin", "A E Au C F" },
        { "/admin/contents", "A E Au C" },
        { "/admin/contents/create/Article", "A E Au C" },
        { "/admin/content-types", "A" },
        { "/admin/templates", "A" },
        { "/admin/users", "A" },
        { "/admin/users/create", "A" },
        { "/admin/account/tokens", "A E Au C F" },
        { "/admin/roles", "A" },
        { "/admin/features", "A" },
        { "/admin/settings", "A" },
        { "/admin/settings/email", "A" },
        { "/admin/audit-trail", "A" },
    };

    private static readonly string[] Roles = ["Administrator", "Editor", "Author", "Contributor", "FocalPoint", ""];
    private static readonly Dictionary<string, string> Short = new() { ["Administrator"] = "A", ["Editor"] = "E", ["Author"] = "Au", ["Contributor"] = "C", ["FocalPoint"] = "F", [""] = "U" };

    [Fact]
    public async Task Every_admin_page_answers_each_role_as_its_permissions_say()
    {
        var tenant = await TenantAsync(Databases.Sqlite);
        var sessions = new Dictionary<string, BrowserSession>();
        foreach (var role in Roles)
        {
            sessions[role] = role == "Administrator"
                ? await BrowserSession.SignInAsync(portal, tenant)
                : await Accounts.SignInAsAsync(portal, tenant, role.Length == 0 ? null : role);
        }

        using var anonymous = new BrowserSession(portal, tenant.Path);
        var failures = new List<string>();
        foreach (var row in Pages)
        {
            var (path, allowed) = ((string)row[0], ((string)row[1]).Split(' '));
            var visitor = await anonymous.GetAsync(path);
            if (visitor.StatusCode != HttpStatusCode.Redirect || !visitor.Headers.Location!.AbsolutePath.StartsWith(tenant.Path + "/login", StringComparison.Ordinal))
            {
                failures.Add($"anonymous {path}: {(int)visitor.StatusCode}");
            }

            foreach (var (role, session) in sessions)
            {
                var expected = allowed.Contains(Short[role]) ? Ok : Forbidden;
                var status = (await session.GetAsync(path)).StatusCode;
                var actual = status == HttpStatusCode.OK ? Ok : status == HttpStatusCode.Forbidden ? Forbidden : ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (actual != expected)
                {
                    failures.Add($"{(role.Length == 0 ? "no role" : role)} {path}: expected {expected}, got {actual}");
                }
            }
        }

        // A refused page says why.
        var refused = await sessions["Editor"].GetAsync("/admin/users");
        Assert.Contains("not allowed to open this page", await refused.Content.ReadAsStringAsync());

        foreach (var session in sessions.Values)
        {
            session.Dispose();
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>APIs with each role's own token: (method, path, roles allowed).</summary>
    public static readonly (string Path, string Allowed)[] Apis =
    [
        ("/api/content?status=latest", "A E Au C"),
        ("/api/content?status=published", "A E Au C F U"),
        ("/api/content-types", "A E"),
        ("/api/features", "A"),
        ("/api/site", "A"),
        ("/api/recipes/export", "A"),
        ("/api/media", "A E Au"),
    ];

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Every_api_answers_each_role_as_its_permissions_say(string provider)
    {
        var tenant = await TenantAsync(provider);
        // Each role calls with its own API token; a user without a role may not open the admin to make one, so they call with their cookie.
        var callers = new Dictionary<string, Func<string, Task<HttpStatusCode>>>();
        var sessions = new List<BrowserSession>();
        foreach (var role in Roles)
        {
            var session = role == "Administrator"
                ? await BrowserSession.SignInAsync(portal, tenant)
                : await Accounts.SignInAsAsync(portal, tenant, role.Length == 0 ? null : role);
            sessions.Add(session);
            if (role.Length == 0)
            {
                callers[role] = async path => (await session.GetAsync(path)).StatusCode;
                continue;
            }

            var client = Accounts.WithToken(portal, await Accounts.CreateTokenAsync(session));
            callers[role] = async path => (await client.GetAsync(tenant.Path + path)).StatusCode;
        }

        using var anonymous = portal.Anonymous();
        var failures = new List<string>();
        foreach (var (path, allowed) in Apis)
        {
            var visitor = await anonymous.GetAsync(tenant.Path + path);
            if (visitor.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"anonymous {path}: {(int)visitor.StatusCode}");
            }

            foreach (var (role, call) in callers)
            {
                var status = await call(path);
                var expected = allowed.Split(' ').Contains(Short[role]) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
                if (status != expected)
                {
                    failures.Add($"{(role.Length == 0 ? "no role" : role)} {path}: expected {(int)expected}, got {(int)status}");
                }
            }
        }

        sessions.ForEach(s => s.Dispose());
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task An_administrators_cookie_of_one_tenant_opens_no_api_of_another()
    {
        var a = await TenantAsync(Databases.Sqlite);
        var b = await TenantAsync(Databases.Sqlite);
        using var admin = await BrowserSession.SignInAsync(portal, a);
        var onA = await admin.GetAsync("/admin");
        var cookie = string.Join("; ", onA.RequestMessage!.Headers.TryGetValues("Cookie", out var values) ? values : []);
        Assert.Contains($"etk_auth_{a.Name}", cookie);

        foreach (var name in new[] { a.Name, b.Name })
        {
            // The cookie under its own name and under B's: B's keys can't read it either way.
            using var replay = portal.Anonymous();
            var request = new HttpRequestMessage(HttpMethod.Get, $"{b.Path}/api/content?status=latest");
            request.Headers.Add("Cookie", cookie.Replace($"etk_auth_{a.Name}", $"etk_auth_{name}", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.Unauthorized, (await replay.SendAsync(request)).StatusCode);
        }
    }

    internal async Task<TestTenant> TenantAsync(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry");
        const string recipe = """
            { "steps": [ { "name": "ContentDefinition", "ContentTypes": [ {
              "Name": "Article", "DisplayName": "Article",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" } ] } ] } ] }
            """;
        using var api = portal.Api();
        var run = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));
        Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());
        return tenant;
    }
}
