using System.Text.Json;
using ETamkeen.IntegrationTests.Harness;

namespace ETamkeen.IntegrationTests.Trainings;

/// <summary>
/// A tenant for the back-office tests: two administrations, one session of three days with an
/// approved participant from each (one with an Arabic name), and a focal point of the first.
/// </summary>
public sealed record BackOfficeSite(TestTenant Tenant, string Session, string Ministry, string Other, long Salma, long Karim, string FocalPoint)
{
    public const string SalmaEmail = "salma.benali@mtnra.gov.ma";
    public const string KarimEmail = "karim.alaoui@mef.gov.ma";
    public const string ArabicFirstName = "سلمى";
    public const string ArabicLastName = "بنعلي";

    public string Day(int index) => DateTime.UtcNow.Date.AddDays(30 + index).ToString("yyyy-MM-dd");

    public static async Task<BackOfficeSite> CreateAsync(PortalFactory portal, string provider)
    {
        var tenant = await TrainingSite.TenantAsync(portal, provider);
        var ministry = await TrainingSite.AdministrationAsync(tenant, "Ministère de la Transition Numérique et de la Réforme de l'Administration", "MTNRA");
        var other = await TrainingSite.AdministrationAsync(tenant, "Ministère de l'Économie et des Finances", "MEF");
        // An explicit set: one left empty is given a fresh id by the content manager, not the item's id.
        const string trainingSet = "communication-digitale";
        await TrainingSite.TrainingAsync(tenant, set: trainingSet);
        var session = await TrainingSite.SessionAsync(tenant, trainingSet, startInDays: 30, days: 3);

        using var api = tenant.Api();
        var salma = await TrainingSite.RegisteredAsync(api, tenant, session, TrainingSite.Participant(SalmaEmail, ministry, firstName: ArabicFirstName, lastName: ArabicLastName));
        var karim = await TrainingSite.RegisteredAsync(api, tenant, session, TrainingSite.Participant(KarimEmail, other, sex: "M", firstName: "Karim", lastName: "Alaoui"));

        var focalPoint = await Accounts.CreateAsync(portal, tenant, "FocalPoint");
        await TrainingSite.AddFocalPointAsync(tenant, focalPoint, ministry);
        return new BackOfficeSite(tenant, session, ministry, other, ParticipantId(salma), ParticipantId(karim), focalPoint);
    }

    public Task<BrowserSession> SignInFocalPointAsync(PortalFactory portal) =>
        BrowserSession.SignInAsync(portal, Tenant, FocalPoint, Accounts.Password);

    public Task<BrowserSession> SignInCoordinatorAsync(PortalFactory portal) => BrowserSession.SignInAsync(portal, Tenant);

    public string SheetPath(string? day = null) => $"/admin/trainings/sessions/{Session}/attendance" + (day is null ? "" : "?day=" + day);

    private static long ParticipantId(JsonElement registration) => registration.GetProperty("participant").GetProperty("id").GetInt64();
}
