using System.Net;
using ETamkeen.IntegrationTests.Harness;
using MiniExcelLibs;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>Exports carry the full context and Arabic survives both CSV (for Excel: with a BOM) and xlsx.</summary>
[Collection(PortalCollection.Name)]
public sealed class TrainingExportTests(PortalFactory portal)
{
    private static readonly string[] Context =
        ["training", "session", "first_day", "last_day", "daily_start", "daily_end", "duration_hours", "city", "region", "trainers", "email", "first_name", "last_name", "sex", "grade", "function", "administration", "administration_acronym", "status"];

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task Registration_and_attendance_exports_hold_the_context_columns_and_arabic_names(string provider)
    {
        var site = await BackOfficeSite.CreateAsync(portal, provider);
        using var api = site.Tenant.Api();
        var root = $"{site.Tenant.Path}/api/trainings";

        var csv = await api.GetAsync($"{root}/sessions/{site.Session}/registrations.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        var header = text.Split("\r\n")[0].Split(',');
        Assert.All(Context, c => Assert.Contains(c, header));
        Assert.Contains(BackOfficeSite.ArabicFirstName, text);
        Assert.True(text.Contains("Communication digitale et e-Readiness", StringComparison.Ordinal), text);
        Assert.Contains("MTNRA", text);
        Assert.Contains("Rabat", text);

        var xlsx = await api.GetAsync($"{root}/sessions/{site.Session}/registrations.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var rows = await ReadAsync(xlsx);
        Assert.Equal(2, rows.Count);
        Assert.All(Context, c => Assert.True(rows[0].ContainsKey(c), $"no column {c}"));
        var salma = rows.Single(r => (string?)r["email"] == BackOfficeSite.SalmaEmail);
        Assert.Equal(BackOfficeSite.ArabicFirstName, salma["first_name"]);
        Assert.Equal(BackOfficeSite.ArabicLastName, salma["last_name"]);
        Assert.Equal("MTNRA", salma["administration_acronym"]);
        Assert.Equal("Approved", salma["status"]);
        Assert.Equal(21d, Convert.ToDouble(salma["duration_hours"], System.Globalization.CultureInfo.InvariantCulture));

        // Attendance: a row per approved participant and day, in the import's columns first.
        using var coordinator = await site.SignInCoordinatorAsync(portal);
        await coordinator.SubmitAsync(site.SheetPath(site.Day(0)), $"/admin/trainings/sessions/{site.Session}/attendance",
            new() { ["day"] = site.Day(0), [$"marks[{site.Salma}]"] = "Late" });
        var attendance = await ReadAsync(await api.GetAsync($"{root}/sessions/{site.Session}/attendance.xlsx"));
        Assert.Equal(6, attendance.Count);
        Assert.Equal("Late", attendance.Single(r => (string?)r["email"] == BackOfficeSite.SalmaEmail && (string?)r["day"] == site.Day(0))["status"]);
        var attendanceCsv = await api.GetStringAsync($"{root}/sessions/{site.Session}/attendance.csv");
        Assert.StartsWith("email,day,status,", attendanceCsv.TrimStart('\uFEFF'));

        // The period exports: the session is in its dates, not outside them.
        var inPeriod = await ReadAsync(await api.GetAsync($"{root}/exports/registrations.xlsx?from={site.Day(-5)}&to={site.Day(5)}"));
        Assert.Equal(2, inPeriod.Count(r => (string?)r["email"] is { Length: > 0 }));
        var outside = await api.GetStringAsync($"{root}/exports/registrations.csv?from=2020-01-01&to=2020-12-31");
        Assert.DoesNotContain(BackOfficeSite.SalmaEmail, outside);
        var periodAttendance = await api.GetStringAsync($"{root}/exports/attendance.csv?from={site.Day(0)}&to={site.Day(0)}");
        Assert.Contains(BackOfficeSite.ArabicLastName, periodAttendance);
    }

    private static async Task<List<IDictionary<string, object?>>> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];
    }
}
