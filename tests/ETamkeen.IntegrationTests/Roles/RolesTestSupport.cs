using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ETamkeen.Data;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.Recipes;
using ETamkeen.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ETamkeen.IntegrationTests.Roles;

/// <summary>Roles steps run on a tenant, roles read back from its export, users made straight in its database.</summary>
internal static partial class RolesTestSupport
{
    /// <summary>A ministry's site: its recipe enables the roles feature.</summary>
    public static Task<TestTenant> TenantAsync(PortalFactory portal, string provider = Databases.Sqlite) =>
        portal.CreateTenantAsync(provider, recipe: "ministry");

    public static async Task<HttpResponseMessage> RunAsync(PortalFactory portal, TestTenant tenant, string recipe)
    {
        using var api = portal.Api();
        return await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));
    }

    /// <summary>Runs the recipe, which must succeed, and gives its warnings.</summary>
    public static async Task<IReadOnlyList<string>> RunOkAsync(PortalFactory portal, TestTenant tenant, string recipe)
    {
        var response = await RunAsync(portal, tenant, recipe);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!)];
    }

    public static string RolesRecipe(params JsonObject[] roles) =>
        new JsonObject { ["steps"] = new JsonArray(new JsonObject { ["name"] = "Roles", ["Roles"] = new JsonArray(roles) }) }.ToJsonString();

    public static JsonObject Role(string name, string? behavior, params string[] permissions)
    {
        var role = new JsonObject { ["Name"] = name, ["Permissions"] = new JsonArray([.. permissions.Select(p => JsonValue.Create(p))]) };
        if (behavior is not null)
        {
            role["PermissionBehavior"] = behavior;
        }

        return role;
    }

    /// <summary>Each role as its export shows it: "description | permissions in order of name".</summary>
    public static async Task<SortedDictionary<string, string>> RolesAsync(PortalFactory portal, TestTenant tenant)
    {
        using var api = portal.Api();
        var export = RecipeParser.Parse(await api.GetStringAsync($"{tenant.Path}/api/recipes/export"));
        var step = export["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Roles")!;
        var roles = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var role in step["Roles"]!.AsArray())
        {
            var permissions = role!["Permissions"]!.AsArray().Select(p => p!.GetValue<string>()).Order(StringComparer.Ordinal);
            roles[role["Name"]!.GetValue<string>()] = $"{role["Description"]?.GetValue<string>()} | {string.Join(",", permissions)}";
        }

        return roles;
    }

    public static async Task<string[]> PermissionsOfAsync(PortalFactory portal, TestTenant tenant, string role) =>
        (await RolesAsync(portal, tenant))[role].Split(" | ")[1].Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A confirmed account holding the roles, signing in with <see cref="PortalFactory.AdminPassword"/>.</summary>
    public static Task AddUserAsync(PortalFactory portal, TestTenant tenant, string userName, params string[] roles) =>
        WithSessionAsync(portal, tenant, async session =>
        {
            var user = new User
            {
                UserId = Guid.NewGuid().ToString("N"),
                UserName = userName,
                NormalizedUserName = userName.ToUpperInvariant(),
                Email = $"{userName}@tests.etamkeen.ma",
                NormalizedEmail = $"{userName}@tests.etamkeen.ma".ToUpperInvariant(),
                EmailConfirmed = true,
                Roles = [.. roles],
            };
            user.PasswordHash = new PasswordHasher<User>().HashPassword(user, PortalFactory.AdminPassword);
            session.Save(user);
            await session.SaveChangesAsync();
            return user;
        });

    public static Task<List<string>> RolesOfUserAsync(PortalFactory portal, TestTenant tenant, string userName) =>
        WithSessionAsync(portal, tenant, async session =>
            (await session.QueryAsync<User, UserIndex>("i.\"NormalizedUserName\" = @name", new { name = userName.ToUpperInvariant() })).Single().Roles);

    /// <summary>The roles document's version a role page was made from.</summary>
    public static string VersionOn(string page) => VersionField().Match(page).Groups[1].Value;

    public static async Task<string> BodyAsync(HttpResponseMessage response) => System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<T> WithSessionAsync<T>(PortalFactory portal, TestTenant tenant, Func<IDocumentSession, Task<T>> action)
    {
        var shell = await portal.Shells.AcquireAsync(tenant.Name);
        try
        {
            await using var scope = shell.Services.CreateAsyncScope();
            return await action(scope.ServiceProvider.GetRequiredService<IDocumentSession>());
        }
        finally
        {
            await shell.ReleaseLeaseAsync();
        }
    }

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
