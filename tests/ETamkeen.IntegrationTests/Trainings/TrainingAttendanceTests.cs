using System.Net;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>The attendance sheet and its CSV import: marks read back, and an import with any bad row stores nothing.</summary>
[Collection(PortalCollection.Name)]
public sealed class TrainingAttendanceTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Attendance_saved_from_the_sheet_is_read_back_and_counted_and_bad_sheets_are_refused(string provider)
    {
        var site = await BackOfficeSite.CreateAsync(portal, provider);
        using var coordinator = await site.SignInCoordinatorAsync(portal);
        var action = $"/admin/trainings/sessions/{site.Session}/attendance";

        var saved = await coordinator.SubmitAsync(site.SheetPath(site.Day(1)), action,
            new() { ["day"] = site.Day(1), [$"marks[{site.Salma}]"] = "Present", [$"marks[{site.Karim}]"] = "Absent" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var sheet = await coordinator.PageAsync(site.SheetPath(site.Day(1)));
        Assert.Matches($"id=\"mark-{site.Salma}-Present\"[^>]*checked", sheet);
        Assert.Matches($"id=\"mark-{site.Karim}-Absent\"[^>]*checked", sheet);
        Assert.DoesNotMatch($"id=\"mark-{site.Salma}-Present\"[^>]*checked", await coordinator.PageAsync(site.SheetPath(site.Day(0))));

        // Marking again replaces the mark.
        await coordinator.SubmitAsync(site.SheetPath(site.Day(1)), action, new() { ["day"] = site.Day(1), [$"marks[{site.Karim}]"] = "Late" });
        Assert.Matches($"id=\"mark-{site.Karim}-Late\"[^>]*checked", await coordinator.PageAsync(site.SheetPath(site.Day(1))));
        var figures = await coordinator.PageAsync($"/admin/trainings/sessions/{site.Session}");
        Assert.Matches($"data-day=\"{site.Day(1)}\">[\\s\\S]*?<td>2</td>[\\s\\S]*?100", figures);

        var print = await coordinator.PageAsync(site.SheetPath(site.Day(1)) + "&print=1");
        Assert.Contains(BackOfficeSite.ArabicFirstName, print);
        Assert.Contains("class=\"signature\"", print);

        foreach (var bad in new Dictionary<string, string>[]
        {
            new() { ["day"] = "2099-01-01", [$"marks[{site.Salma}]"] = "Absent" },
            new() { ["day"] = site.Day(1), ["marks[999999]"] = "Absent" },
            new() { ["day"] = site.Day(1), ["marks[abc]"] = "Absent" },
            new() { ["day"] = site.Day(1), [$"marks[{site.Salma}]"] = "Asleep" },
        })
        {
            var response = await coordinator.SubmitAsync(site.SheetPath(site.Day(1)), action, bad);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Matches($"id=\"mark-{site.Salma}-Present\"[^>]*checked", await coordinator.PageAsync(site.SheetPath(site.Day(1))));
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_csv_import_with_bad_rows_imports_nothing_and_reports_each_row_and_a_good_one_imports_all(string provider)
    {
        var site = await BackOfficeSite.CreateAsync(portal, provider);
        using var coordinator = await site.SignInCoordinatorAsync(portal);
        var import = $"/admin/trainings/sessions/{site.Session}/attendance/import";
        await coordinator.SubmitAsync(site.SheetPath(site.Day(0)), $"/admin/trainings/sessions/{site.Session}/attendance",
            new() { ["day"] = site.Day(0), [$"marks[{site.Salma}]"] = "Present" });

        var bad = string.Join("\n",
            "email,day,status",
            $"{BackOfficeSite.KarimEmail},{site.Day(0)},Late",
            $"stranger@nowhere.ma,{site.Day(0)},Present",
            $"{BackOfficeSite.SalmaEmail},2099-01-01,Present",
            $"{BackOfficeSite.SalmaEmail},{site.Day(1)},Sleeping",
            $"{BackOfficeSite.SalmaEmail},{site.Day(2)}",
            $"{BackOfficeSite.SalmaEmail},{site.Day(0)},Absent");
        var refused = await coordinator.SubmitAsync(site.SheetPath(), import, new() { ["csv"] = bad });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var report = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        foreach (var row in new[] { 3, 4, 5, 6 })
        {
            Assert.Contains($"data-row=\"{row}\"", report);
        }

        Assert.DoesNotContain("data-row=\"2\"", report);
        Assert.DoesNotContain("data-row=\"7\"", report);
        Assert.Contains("stranger@nowhere.ma", report);

        // Nothing of it was stored: Salma's earlier mark stands, Karim has none.
        var sheet = await coordinator.PageAsync(site.SheetPath(site.Day(0)));
        Assert.Matches($"id=\"mark-{site.Salma}-Present\"[^>]*checked", sheet);
        Assert.DoesNotMatch($"id=\"mark-{site.Karim}-[A-Za-z]+\"[^>]*checked", sheet);

        foreach (var odd in new[] { "", "name;when\nx;y", "email,day,status\n\"unclosed,2022-11-24,Present" })
        {
            var response = await coordinator.SubmitAsync(site.SheetPath(), import, new() { ["csv"] = odd });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        // Semicolons (as Excel saves in French), other columns and any case are fine.
        var good = string.Join("\r\n",
            "Email;Day;Status;Comment",
            $"{BackOfficeSite.KarimEmail.ToUpperInvariant()};{site.Day(0)};late;retard du train",
            $"{BackOfficeSite.SalmaEmail};{site.Day(1)};Excused;",
            $"{BackOfficeSite.KarimEmail};{site.Day(1)};Present;");
        var imported = await coordinator.SubmitAsync(site.SheetPath(), import, new() { ["csv"] = good });
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Matches($"id=\"mark-{site.Karim}-Late\"[^>]*checked", await coordinator.PageAsync(site.SheetPath(site.Day(0))));
        Assert.Matches($"id=\"mark-{site.Salma}-Present\"[^>]*checked", await coordinator.PageAsync(site.SheetPath(site.Day(0))));
        var dayTwo = await coordinator.PageAsync(site.SheetPath(site.Day(1)));
        Assert.Matches($"id=\"mark-{site.Salma}-Excused\"[^>]*checked", dayTwo);
        Assert.Matches($"id=\"mark-{site.Karim}-Present\"[^>]*checked", dayTwo);

        // Our own attendance export goes back in as it is: rows left without a status are skipped.
        var export = await coordinator.GetAsync($"/api/trainings/sessions/{site.Session}/attendance.csv");
        var exported = await export.Content.ReadAsStringAsync();
        var again = await coordinator.SubmitAsync(site.SheetPath(), import, new() { ["csv"] = exported });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }
}
