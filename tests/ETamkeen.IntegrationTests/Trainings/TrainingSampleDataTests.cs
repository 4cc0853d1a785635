using System.Text.Json;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.IntegrationTests.Roles;
using ETamkeen.Recipes;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>
/// The trainings sample data (modules/ETamkeen.Trainings/Recipes/trainings.recipe.json) on a tenant set up
/// from the etamkeen recipe, which includes it: what a visitor finds through the trainings API, and what
/// the coordinators find in the content API.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TrainingSampleDataTests(PortalFactory portal)
{
    private const string Include = """{ "steps": [ { "name": "recipes", "Values": [ { "executionid": "etamkeen", "name": "trainings" } ] } ] }""";
    private const string EReadiness = "training-e-readiness";

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_etamkeen_recipe_brings_the_catalogue_the_2022_sessions_the_paths_and_the_administrations_and_runs_again_unchanged(string provider)
    {
        if (provider == Databases.Sqlite)
        {
            // The host's own Default tenant, set up from the etamkeen recipe at start, has it.
            var portalDefault = new TestTenant(portal, "Default", "");
            Assert.Contains("ETamkeen.Trainings", await portalDefault.EnabledFeaturesAsync());
            Assert.Equal("Communication digitale et e-Readiness", Single(await ListAsync(portalDefault, "/api/trainings?culture=fr"), EReadiness).GetProperty("title").GetString());
        }

        var tenant = await EtamkeenTenantAsync(provider);
        Assert.Contains("ETamkeen.Trainings", await tenant.EnabledFeaturesAsync());

        // The catalogue in its five axes, each with its modules.
        var catalogue = await ListAsync(tenant, "/api/trainings?culture=fr");
        var byAxis = catalogue.GroupBy(t => t.GetProperty("axisTermId").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        foreach (var (axis, atLeast) in new[] { ("axis-transformation", 4), ("axis-innovation", 4), ("axis-communication", 5), ("axis-data-security", 3), ("axis-cloud", 4) })
        {
            Assert.True(byAxis.GetValueOrDefault(axis) >= atLeast, $"{axis}: {byAxis.GetValueOrDefault(axis)} trainings");
        }

        Assert.Equal(catalogue.Count, catalogue.Select(t => t.GetProperty("localizationSet").GetString()).Distinct().Count());
        Assert.All(catalogue, t => Assert.Equal("fr", t.GetProperty("culture").GetString()));
        var titles = catalogue.Select(t => t.GetProperty("title").GetString()).ToList();
        Assert.Contains("Design Thinking et User Experience Design (UX design)", titles);
        Assert.Contains("Gestion électronique des documents (GED)", titles);
        Assert.Contains("Télétravail et plans de continuité d'activités (PCA)", titles);
        Assert.Contains("Cybersécurité et protection de la donnée", titles);

        // The 2022 catalogue's model entry, in full, and its translations.
        var fr = Single(catalogue, EReadiness);
        Assert.Equal("Communication digitale et e-Readiness", fr.GetProperty("title").GetString());
        Assert.Equal(3m, fr.GetProperty("durationDays").GetDecimal());
        Assert.Equal(18m, fr.GetProperty("durationHours").GetDecimal());
        Assert.Equal("modality-in-person", fr.GetProperty("modalityTermId").GetString());
        Assert.Equal("Responsables de communication, coopération, partenariats ; Top Management", fr.GetProperty("targetAudience").GetString());
        Assert.Equal("/formations/communication-digitale-et-e-readiness", fr.GetProperty("url").GetString());
        var ar = Single(await ListAsync(tenant, "/api/trainings?culture=ar"), EReadiness);
        Assert.Equal(("ar", "التواصل الرقمي والجاهزية الرقمية", 18m), (ar.GetProperty("culture").GetString(), ar.GetProperty("title").GetString(), ar.GetProperty("durationHours").GetDecimal()));
        var en = Single(await ListAsync(tenant, "/api/trainings?culture=en"), EReadiness);
        Assert.Equal(("en", "Digital communication and e-Readiness", 3m), (en.GetProperty("culture").GetString(), en.GetProperty("title").GetString(), en.GetProperty("durationDays").GetDecimal()));
        var item = await tenant.GetJsonAsync("/api/content/training-e-readiness-fr");
        var contents = item.GetProperty("Training").GetProperty("Contents").GetProperty("Html").GetString()!;
        Assert.Contains("Enjeux et stratégie de la e-Réputation", contents, StringComparison.Ordinal);
        Assert.Contains("Présentiel (distanciel si les mesures sanitaires l'exigent)", contents, StringComparison.Ordinal);

        // The trainings of trainers: telework and cybersecurity.
        var trainersOf = catalogue.Where(t => t.GetProperty("theme").GetString() == "Formation de formateurs").Select(t => t.GetProperty("title").GetString()).Order().ToList();
        Assert.Equal(["Formation des formateurs : Cybersécurité", "Formation des formateurs : Le télétravail et les outils collaboratifs"], trainersOf);

        // 2022's sessions, held, across the regions including the Marrakech and Fès hubs.
        var held = await ListAsync(tenant, "/api/trainings/sessions?from=2022-01-01&to=2022-12-31");
        Assert.InRange(held.Count, 12, 20);
        Assert.All(held, s =>
        {
            Assert.Equal("Held", s.GetProperty("status").GetString());
            Assert.Equal(("09:00", "16:00"), (s.GetProperty("dailyStart").GetString(), s.GetProperty("dailyEnd").GetString()));
            Assert.InRange(s.GetProperty("maxCapacity").GetInt32(), 20, 30);
            Assert.False(string.IsNullOrEmpty(s.GetProperty("training").GetString()), $"{s.GetProperty("title")} names no training");
        });
        var regions = held.Select(s => s.GetProperty("regionTermId").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "region-marrakech-safi", "region-fes-meknes", "region-rabat-sale-kenitra", "region-casablanca-settat" }, regions);
        var cities = held.Select(s => s.GetProperty("city").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Marrakech", "Fès", "Rabat", "Casablanca" }, cities);
        Assert.Contains(held, s => s.GetProperty("city").GetString() == "Marrakech" && s.GetProperty("trainingSet").GetString() == EReadiness);
        Assert.Contains(held, s => s.GetProperty("city").GetString() == "Fès" && s.GetProperty("trainingSet").GetString() == EReadiness);
        Assert.True(held.SelectMany(s => s.GetProperty("administrationIds").EnumerateArray()).Select(a => a.GetString()).Distinct().Count() >= 13);

        // And something to register to on the demo site.
        var upcoming = await ListAsync(tenant, "/api/trainings/sessions?from=2027-01-01&to=2027-12-31");
        Assert.Equal(2, upcoming.Count);
        Assert.All(upcoming, s => Assert.Equal("Open", s.GetProperty("status").GetString()));

        // The certification paths, each naming trainings of the catalogue.
        var sets = catalogue.Select(t => t.GetProperty("localizationSet").GetString()).ToHashSet();
        var paths = await ContentAsync(tenant, "CertificationPath");
        Assert.Equal(
            ["Approche genre", "Communication digitale et e-Réputation (8 jours)", "Confiance numérique — Ministère de la Solidarité (ADS et Entraide Nationale)",
             "Confiance numérique — représentations territoriales de la DGCT", "Les nouvelles approches innovantes en gestion de projets"],
            paths.Select(p => p.GetProperty("DisplayText").GetString()).Order(StringComparer.Ordinal).ToList());
        foreach (var path in paths)
        {
            var picked = path.GetProperty("CertificationPath").GetProperty("Trainings").GetProperty("LocalizationSets").EnumerateArray().Select(s => s.GetString()).ToList();
            Assert.NotEmpty(picked);
            Assert.All(picked, s => Assert.Contains(s, sets));
        }

        Assert.Equal(8, paths.Single(p => p.GetProperty("DisplayText").GetString()!.StartsWith("Communication digitale", StringComparison.Ordinal))
            .GetProperty("CertificationPath").GetProperty("Trainings").GetProperty("LocalizationSets").GetArrayLength());

        // The beneficiary administrations, with the ministry's bodies under it.
        var administrations = (await ContentAsync(tenant, "Administration")).ToDictionary(a => a.GetProperty("ContentItemId").GetString()!);
        foreach (var acronym in new[] { "MTNRA", "ADD", "ENSA", "AMCI", "MEF", "ANAPEC", "ADS", "Entraide Nationale", "ONEE", "CNDH", "DIDH", "INPPLC", "DGCT" })
        {
            Assert.Contains(administrations.Values, a => a.GetProperty("Administration").GetProperty("Acronym").GetProperty("Text").GetString() == acronym);
        }

        Assert.Equal("admin-solidarite", Parent(administrations["admin-ads"]));
        Assert.Equal("admin-solidarite", Parent(administrations["admin-entraide-nationale"]));
        Assert.Equal("وكالة التنمية الرقمية", administrations["admin-add"].GetProperty("Administration").GetProperty("NameAr").GetProperty("Text").GetString());

        // Focal points approve their administration's registrations.
        Assert.Superset(new HashSet<string> { "ApproveTrainingRegistrations", "RegisterForTrainings" }, (await RolesTestSupport.PermissionsOfAsync(portal, tenant, "FocalPoint")).ToHashSet());

        // Running it again changes nothing.
        Assert.Empty(await RolesTestSupport.RunOkAsync(portal, tenant, Include));
        Assert.Equal(catalogue.Count, (await ListAsync(tenant, "/api/trainings?culture=fr")).Count);
        Assert.Equal(held.Count, (await ListAsync(tenant, "/api/trainings/sessions?from=2022-01-01&to=2022-12-31")).Count);
        Assert.Equal(paths.Count, (await ContentAsync(tenant, "CertificationPath")).Count);
        Assert.Equal(administrations.Count, (await ContentAsync(tenant, "Administration")).Count);
    }

    /// <summary>
    /// A tenant on the provider given the etamkeen recipe's steps. Only Default may set up from that recipe
    /// (it enables the tenants feature, which is Default's alone, and Default is on SQLite), so the recipe is
    /// run on a blank tenant without that one feature.
    /// </summary>
    private async Task<TestTenant> EtamkeenTenantAsync(string provider)
    {
        var recipe = RecipeParser.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "etamkeen.recipe.json")));
        var features = recipe["steps"]!.AsArray().First(s => s!["name"]!.GetValue<string>() == "feature")!["enable"]!.AsArray();
        features.Remove(features.Single(f => f!.GetValue<string>() == "ETamkeen.Tenants"));
        var tenant = await portal.CreateTenantAsync(provider);
        await RolesTestSupport.RunOkAsync(portal, tenant, recipe.ToJsonString());
        return tenant;
    }

    private static async Task<IReadOnlyList<JsonElement>> ListAsync(TestTenant tenant, string relative) =>
        [.. (await tenant.GetJsonAsync(relative)).EnumerateArray()];

    private static async Task<IReadOnlyList<JsonElement>> ContentAsync(TestTenant tenant, string type) =>
        [.. (await tenant.GetJsonAsync($"/api/content?type={type}&status=published&take=500")).GetProperty("items").EnumerateArray()];

    private static JsonElement Single(IReadOnlyList<JsonElement> trainings, string set) =>
        Assert.Single(trainings, t => t.GetProperty("localizationSet").GetString() == set);

    private static string? Parent(JsonElement administration) =>
        administration.GetProperty("Administration").GetProperty("Parent").GetProperty("ContentItemIds").EnumerateArray().Single().GetString();
}
