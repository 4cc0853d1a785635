using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>
/// A ministry tenant with training management on; administrations, trainings and sessions made
/// through the content API as an editor would; registrations through the trainings API.
/// </summary>
public static class TrainingSite
{
    public const string AxisCommunication = "axis-communication";
    public const string InPerson = "modality-in-person";
    public const string Central = "level-central";
    public const string Local = "level-local";
    public const string RabatRegion = "region-rabat-sale-kenitra";
    public const string FesRegion = "region-fes-meknes";

    public static Task<TestTenant> TenantAsync(PortalFactory portal, string provider) =>
        portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Trainings"]);

    public static async Task<string> SaveAsync(TestTenant tenant, JsonObject item, bool publish = true)
    {
        using var api = tenant.Api();
        var response = await api.PostAsJsonAsync($"{tenant.Path}/api/content{(publish ? "" : "?draft=true")}", item);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Saving {item["ContentType"]} {item["TitlePart"]}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["ContentItemId"]!.GetValue<string>();
    }

    public static Task<string> AdministrationAsync(TestTenant tenant, string name, string acronym, string level = Central) =>
        SaveAsync(tenant, new JsonObject
        {
            ["ContentType"] = "Administration",
            ["TitlePart"] = new JsonObject { ["Title"] = name },
            ["Administration"] = new JsonObject
            {
                ["Acronym"] = new JsonObject { ["Text"] = acronym },
                ["Level"] = Terms("training-levels", level),
            },
        });

    /// <summary>A published training in French; returns its id, which is also its localization set unless one is given.</summary>
    public static Task<string> TrainingAsync(TestTenant tenant, string title = "Communication digitale et e-Readiness", string set = "")
    {
        var id = "training" + Guid.NewGuid().ToString("N")[..18];
        return SaveAsync(tenant, new JsonObject
        {
            ["ContentItemId"] = id,
            ["ContentType"] = "Training",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["LocalizationPart"] = new JsonObject { ["Culture"] = "fr", ["LocalizationSet"] = set.Length == 0 ? id : set },
            ["Training"] = new JsonObject
            {
                ["Axis"] = Terms("training-axes", AxisCommunication),
                ["Modality"] = Terms("training-modalities", InPerson),
                ["DurationDays"] = new JsonObject { ["Value"] = 3 },
                ["DurationHours"] = new JsonObject { ["Value"] = 18 },
                ["Summary"] = new JsonObject { ["Text"] = "Comprendre les spécificités de la communication digitale." },
            },
        });
    }

    /// <summary>A published session of the training; days are relative to today so that registration is open unless told otherwise.</summary>
    public static Task<string> SessionAsync(
        TestTenant tenant,
        string trainingSet,
        int maxCapacity = 30,
        int startInDays = 30,
        int days = 3,
        string title = "Session de Rabat",
        string dailyStart = "09:00",
        string dailyEnd = "16:00",
        string? closes = null,
        string? opens = null,
        string[]? administrations = null,
        bool cancelled = false,
        bool publish = true)
    {
        var start = DateTime.UtcNow.Date.AddDays(startInDays);
        var part = new JsonObject
        {
            ["Training"] = new JsonObject { ["LocalizationSets"] = new JsonArray(trainingSet) },
            ["Administrations"] = new JsonObject { ["ContentItemIds"] = new JsonArray([.. (administrations ?? []).Select(a => (JsonNode)a)]) },
            ["Level"] = Terms("training-levels", Central),
            ["Region"] = Terms("training-regions", RabatRegion),
            ["City"] = new JsonObject { ["Text"] = "Rabat" },
            ["StartDate"] = new JsonObject { ["Value"] = start.ToString("yyyy-MM-dd") },
            ["EndDate"] = new JsonObject { ["Value"] = start.AddDays(days - 1).ToString("yyyy-MM-dd") },
            ["DailyStart"] = new JsonObject { ["Text"] = dailyStart },
            ["DailyEnd"] = new JsonObject { ["Text"] = dailyEnd },
            ["MaxCapacity"] = new JsonObject { ["Value"] = maxCapacity },
            ["Cancelled"] = new JsonObject { ["Value"] = cancelled },
        };
        if (closes is not null)
        {
            part["RegistrationCloses"] = new JsonObject { ["Value"] = closes };
        }

        if (opens is not null)
        {
            part["RegistrationOpens"] = new JsonObject { ["Value"] = opens };
        }

        return SaveAsync(tenant, new JsonObject
        {
            ["ContentType"] = "TrainingSession",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["TrainingSession"] = part,
        }, publish);
    }

    public static JsonObject Participant(string email, string administrationId, string sex = "F", string firstName = "Salma", string lastName = "Benali") => new()
    {
        ["email"] = email,
        ["firstName"] = firstName,
        ["lastName"] = lastName,
        ["sex"] = sex,
        ["administrationId"] = administrationId,
        ["grade"] = "Administrateur",
        ["regionTermId"] = RabatRegion,
        ["function"] = "Chargée de communication",
    };

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, TestTenant tenant, string sessionId, JsonObject participant) =>
        client.PostAsJsonAsync($"{tenant.Path}/api/trainings/sessions/{sessionId}/registrations", new JsonObject { ["participant"] = participant.DeepClone() });

    public static async Task<JsonElement> RegisteredAsync(HttpClient client, TestTenant tenant, string sessionId, JsonObject participant)
    {
        var response = await RegisterAsync(client, tenant, sessionId, participant);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Registering {participant["email"]}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("registration");
    }

    public static async Task<IReadOnlyList<JsonElement>> RegistrationsAsync(HttpClient client, TestTenant tenant, string sessionId)
    {
        var response = await client.GetAsync($"{tenant.Path}/api/trainings/sessions/{sessionId}/registrations");
        Assert.True(response.IsSuccessStatusCode, $"Listing registrations: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray()];
    }

    public static async Task AddFocalPointAsync(TestTenant tenant, string userName, string administrationId)
    {
        using var api = tenant.Api();
        var response = await api.PostAsJsonAsync($"{tenant.Path}/api/trainings/focal-points", new { userName, administrationId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Focal point {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<string> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.TryGetProperty("title", out var title) ? title.GetString() ?? "" : "";

    private static JsonObject Terms(string taxonomy, string term) => new()
    {
        ["TaxonomyContentItemId"] = taxonomy,
        ["TermContentItemIds"] = new JsonArray(term),
    };
}
