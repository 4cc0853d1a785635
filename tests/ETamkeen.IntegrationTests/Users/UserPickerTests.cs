using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Users;

/// <summary>A UserPicker field accepts only this tenant's users, and only those of the roles it shows.</summary>
[Collection(PortalCollection.Name)]
public sealed class UserPickerTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_user_picker_takes_existing_users_of_its_roles_only(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry");
        var other = await portal.CreateTenantAsync(provider, recipe: "ministry");
        const string recipe = """
            { "steps": [ { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "TrainingSession", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "TrainingSession", "Name": "TrainingSession" } ] } ],
              "ContentParts": [ { "Name": "TrainingSession", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "UserPickerField", "Name": "Trainers", "Settings": { "UserPickerFieldSettings": { "Multiple": true, "DisplayAllUsers": false, "DisplayedRoles": ["Editor"] } } } ] } ] } ] }
            """;
        Assert.True((await tenant.Api().PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"))).IsSuccessStatusCode);

        var editor = await IdOfAsync(tenant, await Accounts.CreateAsync(portal, tenant, "Editor"));
        var plain = await IdOfAsync(tenant, await Accounts.CreateAsync(portal, tenant, null));
        var foreign = await IdOfAsync(other, await Accounts.CreateAsync(portal, other, "Editor"));

        async Task<HttpResponseMessage> SaveAsync(params string[] ids) => await tenant.Api().PostAsJsonAsync($"{tenant.Path}/api/content", new JsonObject
        {
            ["ContentType"] = "TrainingSession",
            ["TitlePart"] = new JsonObject { ["Title"] = "Cybersécurité — session de Rabat" },
            ["TrainingSession"] = new JsonObject { ["Trainers"] = new JsonObject { ["UserIds"] = new JsonArray([.. ids.Select(i => JsonValue.Create(i))]) } },
        });

        Assert.Equal(HttpStatusCode.Created, (await SaveAsync(editor)).StatusCode);
        var wrongRole = await SaveAsync(editor, plain);
        Assert.Equal(HttpStatusCode.BadRequest, wrongRole.StatusCode);
        Assert.Contains("only users with the role Editor", await wrongRole.Content.ReadAsStringAsync());
        var otherTenant = await SaveAsync(foreign);
        Assert.Equal(HttpStatusCode.BadRequest, otherTenant.StatusCode);
        Assert.Contains("users that don't exist", await otherTenant.Content.ReadAsStringAsync());
    }

    private async Task<string> IdOfAsync(TestTenant tenant, string userName)
    {
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var list = await admin.PageAsync("/admin/users?q=" + userName);
        return Regex.Match(list, "/admin/users/([^/\"]+)/edit\">" + Regex.Escape(userName)).Groups[1].Value;
    }
}
