using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class ContentApiTests(PortalFactory portal)
{
    /// <summary>A good practice of the capitalisation library, as a recipe would define it.</summary>
    private const string Definitions = """
        { "steps": [
          { "name": "feature", "enable": ["ETamkeen.Contents"] },
          { "name": "ContentDefinition",
            "ContentTypes": [ {
              "Name": "GoodPractice", "DisplayName": "Bonne pratique",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "TitlePartSettings": { "Options": "EditableRequired" } } },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "AllowCustomPath": true, "Pattern": "bonnes-pratiques/{{ Model.ContentItem | display_text | slugify }}" } } },
                { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" },
                { "PartName": "GoodPractice", "Name": "GoodPractice" } ] } ],
            "ContentParts": [ {
              "Name": "GoodPractice",
              "ContentPartFieldDefinitionRecords": [
                { "FieldName": "NumericField", "Name": "Participants", "Settings": { "NumericFieldSettings": { "Minimum": 0, "Scale": 0 } } },
                { "FieldName": "TextField", "Name": "Administration", "Settings": { "TextFieldSettings": { "Required": true } } },
                { "FieldName": "LinkField", "Name": "Source" } ] } ] }
        ] }
        """;

    private static JsonObject Practice(string title, object? participants = null, string? html = null, string administration = "MTNRA") => new()
    {
        ["ContentType"] = "GoodPractice",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["HtmlBodyPart"] = new JsonObject { ["Html"] = html ?? "<p>Formation des formateurs en télétravail.</p>" },
        ["GoodPractice"] = new JsonObject
        {
            ["Participants"] = new JsonObject { ["Value"] = JsonSerializer.SerializeToNode(participants ?? 85) },
            ["Administration"] = new JsonObject { ["Text"] = administration },
        },
    };

    private async Task<TestTenant> TenantAsync(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry");
        using var api = portal.Api();
        var defined = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(Definitions, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, defined.StatusCode);
        return tenant;
    }

    private static async Task<JsonObject> BodyAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_published_item_gets_its_generated_path_and_page(string provider)
    {
        var tenant = await TenantAsync(provider);
        using var api = portal.Api();

        var created = await api.PostAsJsonAsync($"{tenant.Path}/api/content", Practice("Formations en cybersécurité"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = await BodyAsync(created);
        Assert.Equal("bonnes-pratiques/formations-en-cybersecurite", item["AutoroutePart"]!["Path"]!.GetValue<string>());
        Assert.Equal("Formations en cybersécurité", item["DisplayText"]!.GetValue<string>());
        Assert.Equal(26, item["ContentItemId"]!.GetValue<string>().Length);

        var page = await api.GetAsync($"{tenant.Path}/fr/bonnes-pratiques/formations-en-cybersecurite");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Formations en cybersécurité", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));

        var noCulture = await api.GetAsync($"{tenant.Path}/bonnes-pratiques/formations-en-cybersecurite");
        Assert.Equal(HttpStatusCode.Redirect, noCulture.StatusCode);
        Assert.Equal($"{tenant.Path}/fr/bonnes-pratiques/formations-en-cybersecurite", noCulture.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Bad_json_an_unknown_type_a_wrong_field_kind_and_a_stale_version_get_4xx_and_change_nothing(string provider)
    {
        var tenant = await TenantAsync(provider);
        using var api = portal.Api();
        var created = await BodyAsync(await api.PostAsJsonAsync($"{tenant.Path}/api/content", Practice("IDARATHON 2020")));
        var id = created["ContentItemId"]!.GetValue<string>();
        var versionId = created["ContentItemVersionId"]!.GetValue<string>();

        var badJson = await api.PostAsync($"{tenant.Path}/api/content", new StringContent("{\"ContentType\": \"GoodPractice\",", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);

        var unknown = Practice("x");
        unknown["ContentType"] = "Spaceship";
        var unknownResponse = await api.PostAsJsonAsync($"{tenant.Path}/api/content", unknown);
        Assert.Equal(HttpStatusCode.BadRequest, unknownResponse.StatusCode);
        Assert.Contains("Spaceship", await unknownResponse.Content.ReadAsStringAsync());

        var wrongKind = Practice("IDARATHON 2021", participants: "beaucoup");
        wrongKind["ContentItemId"] = id;
        var wrongKindResponse = await api.PostAsJsonAsync($"{tenant.Path}/api/content", wrongKind);
        Assert.Equal(HttpStatusCode.BadRequest, wrongKindResponse.StatusCode);
        var errors = (await BodyAsync(wrongKindResponse))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("GoodPractice.Participants"), errors.ToJsonString());

        var missingRequired = Practice("Sans administration", administration: "");
        var missingResponse = await api.PostAsJsonAsync($"{tenant.Path}/api/content", missingRequired);
        Assert.Equal(HttpStatusCode.BadRequest, missingResponse.StatusCode);
        Assert.Contains("GoodPractice.Administration", await missingResponse.Content.ReadAsStringAsync());

        var first = Practice("IDARATHON 2020 — solutions");
        first["ContentItemId"] = id;
        first["ContentItemVersionId"] = versionId;
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"{tenant.Path}/api/content", first)).StatusCode);

        var stale = Practice("Écrasement");
        stale["ContentItemId"] = id;
        stale["ContentItemVersionId"] = versionId;
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync($"{tenant.Path}/api/content", stale)).StatusCode);

        var stored = await tenant.GetJsonAsync($"/api/content/{id}");
        Assert.Equal("IDARATHON 2020 — solutions", stored.GetProperty("DisplayText").GetString());
        Assert.Equal(85, stored.GetProperty("GoodPractice").GetProperty("Participants").GetProperty("Value").GetInt32());
        Assert.Equal(1, (await tenant.GetJsonAsync("/api/content?type=GoodPractice")).GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Scripts_and_event_handlers_in_rich_text_never_reach_a_page(string provider)
    {
        var tenant = await TenantAsync(provider);
        using var api = portal.Api();
        var hostile = "<p>Kigali 2022</p><script>alert('x')</script><img src=\"x\" onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">lien</a>";

        var created = await BodyAsync(await api.PostAsJsonAsync($"{tenant.Path}/api/content", Practice("Voyage d'étude à Kigali", html: hostile)));
        var stored = created["HtmlBodyPart"]!["Html"]!.GetValue<string>();
        Assert.DoesNotContain("<script", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", stored, StringComparison.OrdinalIgnoreCase);

        var page = await (await api.GetAsync($"{tenant.Path}/fr/{created["AutoroutePart"]!["Path"]}")).Content.ReadAsStringAsync();
        Assert.Contains("Kigali 2022", page);
        // The theme's own scripts are fine; the item's are not.
        Assert.DoesNotContain("alert(", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", page, StringComparison.OrdinalIgnoreCase);

        var badLink = Practice("Lien piégé");
        badLink["GoodPractice"]!["Source"] = new JsonObject { ["Url"] = "javascript:alert(3)", ["Text"] = "source" };
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync($"{tenant.Path}/api/content", badLink)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Drafts_are_never_public_unpublish_removes_and_restore_brings_a_version_back(string provider)
    {
        var tenant = await TenantAsync(provider);
        using var api = portal.Api();
        var draft = await BodyAsync(await api.PostAsJsonAsync($"{tenant.Path}/api/content?draft=true", Practice("Parcours certifiant")));
        var id = draft["ContentItemId"]!.GetValue<string>();
        var path = $"{tenant.Path}/fr/{draft["AutoroutePart"]!["Path"]}";

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{tenant.Path}/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{tenant.Path}/api/content/{id}?version=latest")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{tenant.Path}/api/content/{id}/publish", null)).StatusCode);
        Assert.Contains("Parcours certifiant", await (await api.GetAsync(path)).Content.ReadAsStringAsync());

        // A draft over the published version: the public page keeps the published text.
        var latest = await tenant.GetJsonAsync($"/api/content/{id}?version=latest");
        var change = Practice("Parcours certifiant (brouillon)");
        change["ContentItemId"] = id;
        change["ContentItemVersionId"] = latest.GetProperty("ContentItemVersionId").GetString();
        change["AutoroutePart"] = new JsonObject { ["Path"] = draft["AutoroutePart"]!["Path"]!.GetValue<string>() };
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"{tenant.Path}/api/content?draft=true", change)).StatusCode);
        var publicPage = await (await api.GetAsync(path)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("brouillon", publicPage);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{tenant.Path}/api/content/{id}/unpublish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(path)).StatusCode);

        var versions = (await tenant.GetJsonAsync($"/api/content/{id}/versions")).EnumerateArray().ToList();
        Assert.True(versions.Count >= 2);
        var original = versions.Last(v => v.GetProperty("DisplayText").GetString() == "Parcours certifiant");
        var restored = await api.PostAsync($"{tenant.Path}/api/content/versions/{original.GetProperty("ContentItemVersionId").GetString()}/restore?publish=true", null);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var back = await (await api.GetAsync(path)).Content.ReadAsStringAsync();
        Assert.Contains("Parcours certifiant", back);
        Assert.DoesNotContain("brouillon", back);
    }

    [Fact]
    public async Task A_changed_path_redirects_from_the_old_one()
    {
        var tenant = await TenantAsync(Databases.Sqlite);
        using var api = portal.Api();
        var item = await BodyAsync(await api.PostAsJsonAsync($"{tenant.Path}/api/content", Practice("Smart City Casablanca")));
        var moved = Practice("Smart City Casablanca");
        moved["ContentItemId"] = item["ContentItemId"]!.GetValue<string>();
        moved["ContentItemVersionId"] = item["ContentItemVersionId"]!.GetValue<string>();
        moved["AutoroutePart"] = new JsonObject { ["Path"] = "voyages/casablanca-smart-city" };
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"{tenant.Path}/api/content", moved)).StatusCode);

        var old = await api.GetAsync($"{tenant.Path}/fr/{item["AutoroutePart"]!["Path"]}");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.EndsWith("/fr/voyages/casablanca-smart-city", old.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{tenant.Path}/fr/voyages/casablanca-smart-city")).StatusCode);

        var taken = Practice("Autre");
        taken["AutoroutePart"] = new JsonObject { ["Path"] = "voyages/casablanca-smart-city" };
        var clash = await api.PostAsJsonAsync($"{tenant.Path}/api/content", taken);
        Assert.Equal(HttpStatusCode.BadRequest, clash.StatusCode);
        Assert.Contains("already used", await clash.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Content_of_one_tenant_is_invisible_from_another()
    {
        var a = await TenantAsync(Databases.Sqlite);
        var b = await TenantAsync(Databases.Sqlite);
        using var api = portal.Api();
        var item = await BodyAsync(await api.PostAsJsonAsync($"{a.Path}/api/content", Practice("Fonds de modernisation FOMAP")));
        var id = item["ContentItemId"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{b.Path}/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"{b.Path}/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{b.Path}/fr/{item["AutoroutePart"]!["Path"]}")).StatusCode);
        Assert.Equal(0, (await b.GetJsonAsync("/api/content?type=GoodPractice")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{a.Path}/api/content/{id}")).StatusCode);

        using var anonymous = portal.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{a.Path}/api/content/{id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task An_import_keeps_dates_and_versions_accepts_mutual_references_and_keeps_drafts_drafts(string provider)
    {
        var tenant = await portal.CreateTenantAsync(provider, recipe: "ministry");
        using var api = portal.Api();
        var recipe = """
            { "steps": [
              { "name": "feature", "enable": ["ETamkeen.Contents"] },
              { "name": "ContentDefinition",
                "ContentTypes": [ { "Name": "Trip", "Settings": { "ContentTypeSettings": { "Draftable": false, "Versionable": false } },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Trip", "Name": "Trip" } ] } ],
                "ContentParts": [ { "Name": "Trip", "ContentPartFieldDefinitionRecords": [ { "FieldName": "ContentPickerField", "Name": "Related" } ] } ] },
              { "name": "content", "data": [
                { "ContentType": "Trip", "ContentItemId": "kigali2022", "ContentItemVersionId": "kigali2022v1", "Published": true, "Latest": true,
                  "CreatedUtc": "2022-05-10T08:00:00Z", "ModifiedUtc": "2022-05-11T09:30:00Z", "PublishedUtc": "2022-05-11T09:30:00Z",
                  "TitlePart": { "Title": "Voyage d'étude à Kigali" }, "Trip": { "Related": { "ContentItemIds": ["belgique2022"] } } },
                { "ContentType": "Trip", "ContentItemId": "belgique2022", "Published": true, "Latest": true,
                  "TitlePart": { "Title": "Voyage d'étude en Belgique" }, "Trip": { "Related": { "ContentItemIds": ["kigali2022"] } } },
                { "ContentType": "Trip", "ContentItemId": "kigali2022", "Published": false, "Latest": true,
                  "TitlePart": { "Title": "Voyage d'étude à Kigali (compte rendu en cours)" }, "Trip": { "Related": { "ContentItemIds": ["belgique2022"] } } }
              ] }
            ] }
            """;
        var run = await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));
        Assert.True(run.StatusCode == HttpStatusCode.OK, await run.Content.ReadAsStringAsync());

        var published = await tenant.GetJsonAsync("/api/content/kigali2022");
        Assert.Equal("Voyage d'étude à Kigali", published.GetProperty("DisplayText").GetString());
        Assert.Equal("kigali2022v1", published.GetProperty("ContentItemVersionId").GetString());
        Assert.StartsWith("2022-05-10T08:00:00", published.GetProperty("CreatedUtc").GetString());
        Assert.StartsWith("2022-05-11T09:30:00", published.GetProperty("PublishedUtc").GetString());

        var latest = await tenant.GetJsonAsync("/api/content/kigali2022?version=latest");
        Assert.Equal("Voyage d'étude à Kigali (compte rendu en cours)", latest.GetProperty("DisplayText").GetString());
        Assert.False(latest.GetProperty("Published").GetBoolean());
        Assert.Equal("kigali2022", (await tenant.GetJsonAsync("/api/content/belgique2022")).GetProperty("Trip").GetProperty("Related").GetProperty("ContentItemIds")[0].GetString());

        // Outside an import, a reference to an item that doesn't exist is still refused.
        var dangling = new JsonObject
        {
            ["ContentType"] = "Trip",
            ["TitlePart"] = new JsonObject { ["Title"] = "Smart City Casablanca" },
            ["Trip"] = new JsonObject { ["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray("nowhere") } },
        };
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync($"{tenant.Path}/api/content", dangling)).StatusCode);
    }
}
