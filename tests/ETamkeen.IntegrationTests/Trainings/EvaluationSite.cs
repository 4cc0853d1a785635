using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ETamkeen.IntegrationTests.Harness;
using Microsoft.AspNetCore.Mvc.Testing;
using MimeKit;
using Xunit;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>Sessions dated on the evaluation portal's clock, participants registered by the coordinator, and the evaluation links of their e-mails.</summary>
public static partial class EvaluationSite
{
    /// <summary>A published session from <paramref name="startInDays"/> after the portal's today, for <paramref name="days"/> days, 09:00–16:00.</summary>
    public static Task<string> SessionAsync(TrainingEvaluationPortalFactory portal, TestTenant tenant, string trainingSet, string title, int startInDays = 1, int days = 2)
    {
        var start = portal.Today.AddDays(startInDays);
        return TrainingSite.SaveAsync(tenant, new JsonObject
        {
            ["ContentType"] = "TrainingSession",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["TrainingSession"] = new JsonObject
            {
                ["Training"] = new JsonObject { ["LocalizationSets"] = new JsonArray(trainingSet) },
                ["Administrations"] = new JsonObject { ["ContentItemIds"] = new JsonArray() },
                ["Level"] = Terms("training-levels", TrainingSite.Central),
                ["Region"] = Terms("training-regions", TrainingSite.FesRegion),
                ["City"] = new JsonObject { ["Text"] = "Fès" },
                ["StartDate"] = new JsonObject { ["Value"] = start.ToString("yyyy-MM-dd") },
                ["EndDate"] = new JsonObject { ["Value"] = start.AddDays(days - 1).ToString("yyyy-MM-dd") },
                ["DailyStart"] = new JsonObject { ["Text"] = "09:00" },
                ["DailyEnd"] = new JsonObject { ["Text"] = "16:00" },
                ["MaxCapacity"] = new JsonObject { ["Value"] = 30 },
            },
        });
    }

    private static JsonObject Terms(string taxonomy, string term) => new()
    {
        ["TaxonomyContentItemId"] = taxonomy,
        ["TermContentItemIds"] = new JsonArray(term),
    };

    /// <summary>Registers (approved, as the coordinator does) a participant with a fresh address; returns the address.</summary>
    public static async Task<string> ParticipantAsync(TestTenant tenant, string session, string administration, string firstName, string? email = null)
    {
        email ??= SmtpTestServer.NewAddress(firstName.ToLowerInvariant());
        using var api = tenant.Api();
        var registration = await TrainingSite.RegisteredAsync(api, tenant, session, TrainingSite.Participant(email, administration, firstName: firstName, lastName: "Alaoui"));
        Assert.Equal("Approved", registration.GetProperty("status").GetString());
        return email;
    }

    /// <summary>The evaluation link (a path from the site's root, as e-mailed outside a request) in a message.</summary>
    public static string LinkIn(MimeMessage message)
    {
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, "No evaluation link in: " + message.TextBody);
        var link = match.Value;
        return link.StartsWith("http", StringComparison.Ordinal) ? new Uri(link).PathAndQuery : link;
    }

    /// <summary>The <paramref name="count"/>th message to the address (oldest first), once it has arrived.</summary>
    public static async Task<MimeMessage> NthMessageToAsync(TrainingEvaluationPortalFactory portal, string address, int count)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(25);
        while (true)
        {
            var messages = portal.Smtp.MessagesTo(address);
            if (messages.Count >= count)
            {
                return messages[count - 1];
            }

            Assert.True(DateTime.UtcNow < until, $"Message {count} to {address} never came ({messages.Count} did).");
            await Task.Delay(200);
        }
    }

    /// <summary>Ratings for every criterion of a kind, all the same value.</summary>
    public static Dictionary<string, string> Ratings(string[] criteria, int value, string? comments = null)
    {
        var fields = criteria.ToDictionary(c => "rating-" + c, _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (comments is not null)
        {
            fields["comments"] = comments;
        }

        return fields;
    }

    public static readonly string[] Hot = ["content", "trainer", "organisation", "usefulness", "overall"];
    public static readonly string[] Cold = ["use-at-work", "impact", "recommend"];

    /// <summary>A visitor's browser (cookies, no redirects followed), for the form reached without an account.</summary>
    public static HttpClient Browser(PortalFactory portal) =>
        portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Opens the form and returns its antiforgery token.</summary>
    public static async Task<string> FormTokenAsync(HttpClient browser, string link)
    {
        var response = await browser.GetAsync(link);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {link}: {(int)response.StatusCode} {page[..Math.Min(page.Length, 1500)]}");
        var token = AntiforgeryPattern().Match(page);
        Assert.True(token.Success, "No form on " + link);
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient browser, string link, string antiforgery, Dictionary<string, string> fields)
    {
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = antiforgery };
        return browser.PostAsync(link, new FormUrlEncodedContent(body));
    }

    /// <summary>Opens the form and submits it; returns the answer (a redirect to the thank-you page when it was taken).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(PortalFactory portal, string link, Dictionary<string, string> fields)
    {
        using var browser = Browser(portal);
        return await PostAsync(browser, link, await FormTokenAsync(browser, link), fields);
    }

    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex(@"\S*/trainings/evaluations/[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
