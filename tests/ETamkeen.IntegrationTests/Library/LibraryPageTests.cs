using System.Net;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Library;

/// <summary>The public library: the culture's published entries (with the default culture's untranslated ones), filters with counts, paging.</summary>
[Collection(PortalCollection.Name)]
public sealed class LibraryPageTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_library_lists_the_cultures_published_entries_with_filters_and_counts(string provider)
    {
        var tenant = await LibrarySite.TenantAsync(portal, provider);
        var a = await LibrarySite.SaveAsync(tenant, LibrarySite.Entry("GoodPractice", "Solutions de l'IDARATHON 2020", set: "set-a", axes: [LibrarySite.Idarathon], administration: "ADD", year: 2020));
        var b = await LibrarySite.SaveAsync(tenant, LibrarySite.Entry("LessonLearned", "Facteurs clés de réussite", axes: [LibrarySite.Esprit], administration: "ADD", year: 2022));
        var c = await LibrarySite.SaveAsync(tenant, LibrarySite.Entry("GoodPractice", "Parcours certifiants", axes: [LibrarySite.Esprit, LibrarySite.Prc], administration: "DGCT", year: 2022));
        var aAr = await LibrarySite.SaveAsync(tenant, LibrarySite.Entry("GoodPractice", "حلول إداراثون 2020", culture: "ar", set: "set-a", axes: [LibrarySite.Idarathon], administration: "ADD", year: 2020));
        var draft = await LibrarySite.SaveAsync(tenant, LibrarySite.Entry("GoodPractice", "Brouillon non publié", axes: [LibrarySite.Esprit], year: 2022), publish: false);
        var english = await LibrarySite.SaveAsync(tenant, LibrarySite.Entry("SuccessStory", "Kigali study trip", culture: "en", year: 2022));

        var fr = await LibrarySite.PageAsync(portal, tenant);
        Assert.Equal(new[] { a, b, c }.Order(), fr.Ids.Order());
        Assert.DoesNotContain(draft, fr.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(english, fr.Html, StringComparison.Ordinal);
        Assert.Contains("data-total=\"3\"", fr.Html, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, int> { ["GoodPractice"] = 2, ["LessonLearned"] = 1 }, fr.Facet("type"));
        Assert.Equal(new Dictionary<string, int> { [LibrarySite.Esprit] = 2, [LibrarySite.Idarathon] = 1, [LibrarySite.Prc] = 1 }, fr.Facet("axis"));
        Assert.Equal(new Dictionary<string, int> { ["ADD"] = 2, ["DGCT"] = 1 }, fr.Facet("administration"));
        Assert.Equal(new Dictionary<string, int> { ["2022"] = 2, ["2020"] = 1 }, fr.Facet("year"));

        // A filter narrows the list; the other facets count within it.
        var practices = await LibrarySite.PageAsync(portal, tenant, "?type=GoodPractice");
        Assert.Equal(new[] { a, c }.Order(), practices.Ids.Order());
        Assert.Equal(new Dictionary<string, int> { [LibrarySite.Esprit] = 1, [LibrarySite.Idarathon] = 1, [LibrarySite.Prc] = 1 }, practices.Facet("axis"));
        Assert.Equal(new Dictionary<string, int> { ["GoodPractice"] = 2, ["LessonLearned"] = 1 }, practices.Facet("type"));
        Assert.Equal(new[] { b, c }.Order(), (await LibrarySite.PageAsync(portal, tenant, $"?axis={LibrarySite.Esprit}&year=2022")).Ids.Order());
        Assert.Equal([c], (await LibrarySite.PageAsync(portal, tenant, "?administration=DGCT")).Ids);
        Assert.Equal([a], (await LibrarySite.PageAsync(portal, tenant, "?year=2020")).Ids);

        // Arabic: its own translation of A, and B and C from French (not translated), marked as French.
        var ar = await LibrarySite.PageAsync(portal, tenant, culture: "ar");
        Assert.Equal(new[] { aAr, b, c }.Order(), ar.Ids.Order());
        Assert.Contains($"data-id=\"{b}\" lang=\"fr\" dir=\"ltr\"", ar.Html, StringComparison.Ordinal);
        Assert.Contains($"data-id=\"{aAr}\">", ar.Html, StringComparison.Ordinal);
        Assert.Contains("lang=\"ar\" dir=\"rtl\"", ar.Html, StringComparison.Ordinal);

        var en = await LibrarySite.PageAsync(portal, tenant, culture: "en");
        Assert.Equal(new[] { english, a, b, c }.Order(), en.Ids.Order());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task The_library_pages_and_bad_filter_values_give_a_clean_page(string provider)
    {
        var tenant = await LibrarySite.TenantAsync(portal, provider, pageSize: 2);
        var ids = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            ids.Add(await LibrarySite.SaveAsync(tenant, LibrarySite.Entry("Resource", $"Guide e-learning {i}", axes: [LibrarySite.Prc], year: 2022)));
        }

        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var listed = (await LibrarySite.PageAsync(portal, tenant, $"?page={page}")).Ids;
            Assert.Equal(page < 3 ? 2 : 1, listed.Count);
            pages.AddRange(listed);
        }

        Assert.Equal(ids.Order(), pages.Order());
        Assert.Contains("class=\"pagination\"", (await LibrarySite.PageAsync(portal, tenant)).Html, StringComparison.Ordinal);

        // Values that can't match anything are dropped: the whole library shows.
        foreach (var query in new[] { "?axis=inconnu", "?year=abc", "?page=99999", "?page=-3", "?type=Nope", "?year=-5", "?year=99999999999999", "?axis=", "?page=1e9" })
        {
            Assert.NotEmpty((await LibrarySite.PageAsync(portal, tenant, query)).Ids);
        }

        // An administration is free text: one nobody wrote lists nothing, cleanly.
        Assert.Empty((await LibrarySite.PageAsync(portal, tenant, "?administration=%00%27%22%3Cscript%3E")).Ids);

        // Past the last page, the last page.
        Assert.Single((await LibrarySite.PageAsync(portal, tenant, "?page=99999")).Ids);
        Assert.Empty((await LibrarySite.PageAsync(portal, tenant, "?administration=Inconnue")).Ids);

        using var client = portal.Anonymous();
        var alias = await client.GetAsync($"{tenant.Path}/ar/bibliotheque?year=2022");
        Assert.Equal(HttpStatusCode.MovedPermanently, alias.StatusCode);
        Assert.Equal($"{tenant.Path}/ar/library?year=2022", alias.Headers.Location!.OriginalString);
    }
}
