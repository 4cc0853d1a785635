using System.Net;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Library;

/// <summary>Who may open the library's admin pages, and what one tenant's library shows of another's.</summary>
[Collection(PortalCollection.Name)]
public sealed class LibraryAccessTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_review_queue_is_for_reviewers_and_the_submission_page_for_contributors(string provider)
    {
        var tenant = await LibrarySite.TenantAsync(portal, provider);
        using var anonymous = new BrowserSession(portal, tenant.Path);
        foreach (var page in new[] { "/admin/library/review", "/admin/library/mine" })
        {
            var visitor = await anonymous.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
            Assert.StartsWith(tenant.Path + "/login", visitor.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }

        using var author = await Accounts.SignInAsAsync(portal, tenant, "Author");
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync("/admin/library/review")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync("/admin/library/mine")).StatusCode);

        using var member = await Accounts.SignInAsAsync(portal, tenant, null);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/admin/library/mine")).StatusCode);

        using var editor = await Accounts.SignInAsAsync(portal, tenant, "Editor");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/library/review")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_tenants_library_and_review_queue_never_show_another_tenants_entries(string provider)
    {
        var first = await LibrarySite.TenantAsync(portal, provider);
        var second = await LibrarySite.TenantAsync(portal, provider);

        var published = await LibrarySite.SaveAsync(first, LibrarySite.Entry("SuccessStory", "eTansik au Ministère", axes: [LibrarySite.Idarathon], administration: "ADD", year: 2020));
        using var contributor = await Accounts.SignInAsAsync(portal, first, "Contributor");
        using var contributorApi = Accounts.WithToken(portal, await Accounts.CreateTokenAsync(contributor));
        var submitted = await LibrarySite.SaveAsync(first, LibrarySite.Entry("GoodPractice", "I3tibar en attente"), publish: false, client: contributorApi);
        Assert.Equal(HttpStatusCode.Redirect, (await contributor.SubmitAsync("/admin/library/mine", $"/admin/library/{submitted}/submit", [])).StatusCode);

        var own = await LibrarySite.SaveAsync(second, LibrarySite.Entry("SuccessStory", "Machrou3i", axes: [LibrarySite.Idarathon]));

        Assert.Equal([published], (await LibrarySite.PageAsync(portal, first)).Ids);
        var other = await LibrarySite.PageAsync(portal, second);
        Assert.Equal([own], other.Ids);
        Assert.Equal(1, other.Facet("axis")[LibrarySite.Idarathon]);

        using var firstReviewer = await Accounts.SignInAsAsync(portal, first, "Editor");
        using var secondReviewer = await Accounts.SignInAsAsync(portal, second, "Editor");
        Assert.Contains($"data-id=\"{submitted}\"", await firstReviewer.PageAsync("/admin/library/review"), StringComparison.Ordinal);
        Assert.DoesNotContain(submitted, await secondReviewer.PageAsync("/admin/library/review"), StringComparison.Ordinal);

        // Nor can the other tenant's reviewer act on it.
        Assert.Equal(HttpStatusCode.NotFound, (await secondReviewer.SubmitAsync("/admin/library/review", $"/admin/library/review/{submitted}/publish", [])).StatusCode);
    }
}
