using System.Net;
using System.Net.Http.Json;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Library;

/// <summary>Draft → submitted → published: contributors submit, only reviewers publish or return with a comment.</summary>
[Collection(PortalCollection.Name)]
public sealed class LibraryEditorialFlowTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Enabling_the_library_creates_its_types_and_the_axes_taxonomy(string provider)
    {
        var tenant = await LibrarySite.TenantAsync(portal, provider);

        var types = await tenant.GetJsonAsync("/api/content-types");
        var text = types.GetRawText();
        foreach (var type in new[] { "GoodPractice", "LessonLearned", "SuccessStory", "Resource" })
        {
            Assert.Contains($"\"{type}\"", text, StringComparison.Ordinal);
        }

        foreach (var field in new[] { "Summary", "Context", "Problem", "Solution", "Results", "Impact", "Lessons", "Axis", "Administration", "Year", "Tags", "Origin", "Attachments" })
        {
            Assert.Contains($"\"{field}\"", text, StringComparison.Ordinal);
        }

        var axes = await tenant.GetJsonAsync("/api/content/library-axes");
        Assert.Equal("library-axes", axes.GetProperty("AliasPart").GetProperty("Alias").GetString());
        var terms = axes.GetProperty("TaxonomyPart").GetProperty("Terms").EnumerateArray().Select(t => t.GetProperty("TitlePart").GetProperty("Title").GetString()).ToList();
        Assert.Equal(10, terms.Count);
        Assert.Equal(["Esprit e-TAMKEEN", "PRC", "IDARATHON"], terms.Take(3));
        Assert.Contains("Simplification des procédures administratives", terms);
        Assert.Equal("library-tags", (await tenant.GetJsonAsync("/api/content/library-tags")).GetProperty("AliasPart").GetProperty("Alias").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_contributors_draft_is_public_only_once_a_reviewer_publishes_it(string provider)
    {
        var tenant = await LibrarySite.TenantAsync(portal, provider);
        using var contributor = await Accounts.SignInAsAsync(portal, tenant, "Contributor");
        using var contributorApi = Accounts.WithToken(portal, await Accounts.CreateTokenAsync(contributor));
        using var reviewer = await Accounts.SignInAsAsync(portal, tenant, "Editor");

        var id = await LibrarySite.SaveAsync(tenant, LibrarySite.Entry("GoodPractice", "Solutions primées de l'IDARATHON 2020", axes: [LibrarySite.Idarathon], administration: "ADD", year: 2020), publish: false, client: contributorApi);
        var path = await LibrarySite.PathOfAsync(tenant, id);
        Assert.StartsWith("bibliotheque/", path, StringComparison.Ordinal);

        // The contributor may not publish, through the API or the content admin.
        Assert.Equal(HttpStatusCode.Forbidden, (await contributorApi.PostAsync($"{tenant.Path}/api/content/{id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.SubmitAsync("/admin/library/mine", $"/admin/library/review/{id}/publish", [])).StatusCode);

        Assert.Contains($"data-id=\"{id}\" data-status=\"Draft\"", await contributor.PageAsync("/admin/library/mine"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await contributor.SubmitAsync("/admin/library/mine", $"/admin/library/{id}/submit", [])).StatusCode);
        Assert.Contains($"data-id=\"{id}\" data-status=\"Submitted\"", await contributor.PageAsync("/admin/library/mine"), StringComparison.Ordinal);

        // Submitted is not published: visitors see neither the entry nor its page.
        Assert.DoesNotContain(id, (await LibrarySite.PageAsync(portal, tenant)).Ids);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.Anonymous().GetAsync($"{tenant.Path}/fr/{path}")).StatusCode);

        // The reviewer returns it with a comment; the author reads it on their list.
        Assert.Contains($"data-id=\"{id}\"", await reviewer.PageAsync("/admin/library/review"), StringComparison.Ordinal);
        const string comment = "Ajoutez les chiffres du bilan : 101 inscrits, 14 départements.";
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.SubmitAsync("/admin/library/review", $"/admin/library/review/{id}/return", new() { ["comment"] = comment })).StatusCode);
        var mine = await contributor.PageAsync("/admin/library/mine");
        Assert.Contains($"data-id=\"{id}\" data-status=\"Returned\"", mine, StringComparison.Ordinal);
        Assert.Contains(comment, mine, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-id=\"{id}\"", await reviewer.PageAsync("/admin/library/review"), StringComparison.Ordinal);

        // Submitted again, then published by the reviewer: now it is public.
        Assert.Equal(HttpStatusCode.Redirect, (await contributor.SubmitAsync("/admin/library/mine", $"/admin/library/{id}/submit", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.SubmitAsync("/admin/library/review", $"/admin/library/review/{id}/publish", [])).StatusCode);
        Assert.Contains(id, (await LibrarySite.PageAsync(portal, tenant)).Ids);
        Assert.Equal(HttpStatusCode.OK, (await portal.Anonymous().GetAsync($"{tenant.Path}/fr/{path}")).StatusCode);
        Assert.Contains($"data-id=\"{id}\" data-status=\"Published\"", await contributor.PageAsync("/admin/library/mine"), StringComparison.Ordinal);

        // Each step is in the audit trail.
        using var admin = await BrowserSession.SignInAsync(portal, tenant);
        var audit = await admin.PageAsync("/admin/audit-trail?q=" + Uri.EscapeDataString("IDARATHON 2020"));
        Assert.Contains("Submitted", audit, StringComparison.Ordinal);
        Assert.Contains("Returned", audit, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task An_author_who_may_publish_content_may_not_publish_library_entries(string provider)
    {
        var tenant = await LibrarySite.TenantAsync(portal, provider);
        using var author = await Accounts.SignInAsAsync(portal, tenant, "Author");
        using var authorApi = Accounts.WithToken(portal, await Accounts.CreateTokenAsync(author));

        var entry = LibrarySite.Entry("LessonLearned", "Leçons du voyage d'études en Belgique", axes: [LibrarySite.Esprit]);
        Assert.Equal(HttpStatusCode.Forbidden, (await authorApi.PostAsJsonAsync($"{tenant.Path}/api/content", entry)).StatusCode);
        var id = await LibrarySite.SaveAsync(tenant, entry, publish: false, client: authorApi);
        Assert.Equal(HttpStatusCode.Forbidden, (await authorApi.PostAsync($"{tenant.Path}/api/content/{id}/publish", null)).StatusCode);

        // Other content stays theirs to publish.
        var page = new System.Text.Json.Nodes.JsonObject { ["ContentType"] = "Page", ["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["Title"] = "Page de l'auteur" } };
        Assert.Equal(HttpStatusCode.Created, (await authorApi.PostAsJsonAsync($"{tenant.Path}/api/content", page)).StatusCode);
        var stored = await tenant.GetJsonAsync($"/api/content/{id}?version=latest");
        Assert.False(stored.GetProperty("Published").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_reviewer_publishes_only_submitted_entries_and_returns_them_only_with_a_comment(string provider)
    {
        var tenant = await LibrarySite.TenantAsync(portal, provider);
        using var contributor = await Accounts.SignInAsAsync(portal, tenant, "Contributor");
        using var contributorApi = Accounts.WithToken(portal, await Accounts.CreateTokenAsync(contributor));
        using var reviewer = await Accounts.SignInAsAsync(portal, tenant, "Editor");
        var id = await LibrarySite.SaveAsync(tenant, LibrarySite.Entry("Resource", "Guide du télétravail"), publish: false, client: contributorApi);

        // Not submitted yet: the queue's publish leaves it a draft.
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.SubmitAsync("/admin/library/review", $"/admin/library/review/{id}/publish", [])).StatusCode);
        Assert.False((await tenant.GetJsonAsync($"/api/content/{id}?version=latest")).GetProperty("Published").GetBoolean());

        Assert.Equal(HttpStatusCode.Redirect, (await contributor.SubmitAsync("/admin/library/mine", $"/admin/library/{id}/submit", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.SubmitAsync("/admin/library/review", $"/admin/library/review/{id}/return", new() { ["comment"] = "   " })).StatusCode);
        Assert.Contains($"data-id=\"{id}\" data-status=\"Submitted\"", await contributor.PageAsync("/admin/library/mine"), StringComparison.Ordinal);

        // Another contributor can't submit someone else's entry; an unknown id is not found.
        using var other = await Accounts.SignInAsAsync(portal, tenant, "Contributor");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.SubmitAsync("/admin/library/mine", $"/admin/library/{id}/submit", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.SubmitAsync("/admin/library/review", "/admin/library/review/nothing-here/publish", [])).StatusCode);
    }
}
