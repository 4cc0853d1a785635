using System.Net;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>A session's page, registering from it as a civil servant, and "My trainings" with its cancel button.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class TrainingSessionPageTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_civil_servant_registers_from_the_session_page_sees_it_in_my_trainings_and_cancels_it(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var ministry = await TrainingSite.AdministrationAsync(tenant, "Agence de Développement du Digital", "ADD");
        var training = await TrainingPages.TrainingSetAsync(tenant);
        var session = await TrainingSite.SessionAsync(tenant, training, maxCapacity: 20, startInDays: 30);
        var path = "/fr/" + await TrainingPages.PathAsync(tenant, session);

        // Anonymous: status, seats and figures as counts, and a sign-in link that comes back here; no form.
        var anonymous = await TrainingPages.PageAsync(portal, tenant, path);
        Assert.Contains("data-status=\"Open\"", anonymous, StringComparison.Ordinal);
        Assert.Contains("Ouverte", anonymous, StringComparison.Ordinal);
        Assert.Contains("data-seats-taken=\"0\" data-seats-left=\"20\"", anonymous, StringComparison.Ordinal);
        Assert.Contains("Se connecter pour s'inscrire", anonymous, StringComparison.Ordinal);
        Assert.Contains($"/login?returnUrl={Uri.EscapeDataString(tenant.Path + path)}", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("training-registration-form", anonymous, StringComparison.Ordinal);
        Assert.Contains($"/api/trainings/sessions/{session}.ics", anonymous, StringComparison.Ordinal);
        Assert.Contains("Communication digitale et e-Readiness", anonymous, StringComparison.Ordinal);

        // Signed in: the form, with the account's e-mail and the administrations to choose from.
        using var user = await Accounts.SignInAsAsync(portal, tenant, null);
        var page = await user.PageAsync(path);
        Assert.Contains("training-registration-form", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{ministry}\"", page, StringComparison.Ordinal);
        Assert.Contains(".gov.ma\" readonly", page, StringComparison.Ordinal);

        // A bad form says what is wrong and stores nothing.
        var bad = await user.SubmitAsync(path, $"/fr/trainings/sessions/{session}/register", new() { ["FirstName"] = "Salma", ["LastName"] = "Benali", ["Sex"] = "X", ["AdministrationId"] = ministry });
        Assert.Equal(HttpStatusCode.Redirect, bad.StatusCode);
        var refused = await user.PageAsync(path);
        Assert.Contains("data-notice=\"danger\"", refused, StringComparison.Ordinal);
        Assert.Contains("Le sexe doit être F ou M", refused, StringComparison.Ordinal);
        Assert.Contains("data-seats-taken=\"0\"", refused, StringComparison.Ordinal);

        var response = await user.SubmitAsync(path, $"/fr/trainings/sessions/{session}/register", new()
        {
            ["FirstName"] = "Salma",
            ["LastName"] = "Benali",
            ["Sex"] = "F",
            ["AdministrationId"] = ministry,
            ["Grade"] = "Administrateur",
            ["RegionTermId"] = TrainingSite.RabatRegion,
            ["Function"] = "Chargée de communication",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{tenant.Path}{path}#registration", response.Headers.Location!.OriginalString);
        var confirmed = await user.PageAsync(path);
        Assert.Contains("data-notice=\"success\"", confirmed, StringComparison.Ordinal);
        Assert.Contains("data-registered=\"Requested\"", confirmed, StringComparison.Ordinal);
        Assert.Contains("data-seats-taken=\"1\" data-seats-left=\"19\"", confirmed, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"women\">100", confirmed, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"administrations\">1<", confirmed, StringComparison.Ordinal);
        Assert.DoesNotContain("Salma", confirmed, StringComparison.Ordinal);

        // The anonymous page shows the new count at once (it is never served from the output cache).
        Assert.Contains("data-seats-taken=\"1\"", await TrainingPages.PageAsync(portal, tenant, path), StringComparison.Ordinal);

        var mine = await user.PageAsync("/fr/trainings/mine");
        var registration = RegistrationPattern().Match(mine);
        Assert.True(registration.Success, "No registration in My trainings");
        Assert.Equal("Requested", registration.Groups[2].Value);
        Assert.Contains("En attente de validation", mine, StringComparison.Ordinal);
        Assert.Contains("Annuler mon inscription", mine, StringComparison.Ordinal);

        // Cancelling needs the form's token; then it is cancelled and the seat is free again.
        Assert.Equal(HttpStatusCode.BadRequest, (await user.PostWithoutTokenAsync($"/fr/trainings/mine/{registration.Groups[1].Value}/cancel", [])).StatusCode);
        var cancel = await user.SubmitAsync("/fr/trainings/mine", $"/fr/trainings/mine/{registration.Groups[1].Value}/cancel", new());
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        var after = await user.PageAsync("/fr/trainings/mine");
        Assert.Contains($"data-registration=\"{registration.Groups[1].Value}\" data-status=\"Cancelled\"", after, StringComparison.Ordinal);
        Assert.Contains("data-notice=\"success\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Annuler mon inscription", after, StringComparison.Ordinal);
        Assert.Contains("data-seats-taken=\"0\"", await TrainingPages.PageAsync(portal, tenant, path), StringComparison.Ordinal);

        // Another person can't cancel it: the same answer as a registration that doesn't exist.
        using var other = await Accounts.SignInAsAsync(portal, tenant, null);
        await other.SubmitAsync(path, $"/fr/trainings/mine/{registration.Groups[1].Value}/cancel", new());
        Assert.Contains("data-notice=\"danger\"", await other.PageAsync("/fr/trainings/mine"), StringComparison.Ordinal);

        // The Arabic page of the same session: right to left, localized status.
        var ar = await TrainingPages.PageAsync(portal, tenant, "/ar/" + path[4..]);
        Assert.Contains("dir=\"rtl\"", ar, StringComparison.Ordinal);
        Assert.Contains("مفتوحة", ar, StringComparison.Ordinal);
        Assert.Contains("سجّل الدخول للتسجيل", ar, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Registering_needs_a_signed_in_user_and_a_published_session_of_this_tenant(string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var ministry = await TrainingSite.AdministrationAsync(tenant, "Agence de Développement du Digital", "ADD");
        var training = await TrainingPages.TrainingSetAsync(tenant);
        var session = await TrainingSite.SessionAsync(tenant, training);
        var draft = await TrainingSite.SessionAsync(tenant, training, title: "Session brouillon", publish: false);
        var otherTenant = await TrainingSite.TenantAsync(portal, provider);
        var foreign = await TrainingSite.SessionAsync(otherTenant, await TrainingPages.TrainingSetAsync(otherTenant), title: "Session de l'autre ministère");
        var path = "/fr/" + await TrainingPages.PathAsync(tenant, session);

        using var anonymous = new BrowserSession(portal, tenant.Path);
        var challenge = await anonymous.PostWithoutTokenAsync($"/fr/trainings/sessions/{session}/register", new() { ["FirstName"] = "A" });
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.Contains("/login", challenge.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/fr/trainings/mine")).StatusCode);

        using var user = await Accounts.SignInAsAsync(portal, tenant, null);
        var fields = new Dictionary<string, string> { ["FirstName"] = "Salma", ["LastName"] = "Benali", ["Sex"] = "F", ["AdministrationId"] = ministry };
        Assert.Equal(HttpStatusCode.NotFound, (await user.SubmitAsync(path, $"/fr/trainings/sessions/{draft}/register", new(fields))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.SubmitAsync(path, $"/fr/trainings/sessions/{foreign}/register", new(fields))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.SubmitAsync(path, "/fr/trainings/sessions/nope/register", new(fields))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await user.PostWithoutTokenAsync($"/fr/trainings/sessions/{session}/register", new(fields))).StatusCode);
        Assert.DoesNotContain("data-registration=", await user.PageAsync("/fr/trainings/mine"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await TrainingPages.GetAsync(portal, tenant, "/fr/" + await TrainingPages.PathAsync(otherTenant, foreign))).Status);
    }

    [GeneratedRegex("data-registration=\"(\\d+)\" data-status=\"(\\w+)\"")]
    private static partial Regex RegistrationPattern();
}
