using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ETamkeen.IntegrationTests.Harness;
using Xunit;

namespace ETamkeen.IntegrationTests;

/// <summary>A host started over an App_Data that holds a tenant with broken settings.</summary>
public sealed class InvalidTenantTests : IDisposable
{
    private readonly BrokenTenantPortal _portal = new();

    [Fact]
    public async Task A_tenant_with_broken_settings_is_Invalid_with_the_reason_and_every_other_tenant_serves()
    {
        using var api = _portal.Api();

        var broken = await api.GetFromJsonAsync<JsonElement>("/api/tenants/Broken");
        Assert.Equal("Invalid", broken.GetProperty("state").GetString());
        Assert.Contains("Unknown database provider 'Oracle'", broken.GetProperty("problem").GetString());

        var unreadable = await api.GetFromJsonAsync<JsonElement>("/api/tenants/Garbled");
        Assert.Equal("Invalid", unreadable.GetProperty("state").GetString());
        Assert.Contains("can't be read", unreadable.GetProperty("problem").GetString());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.GetAsync("/broken/")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.GetAsync("/garbled/api/ping")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/health")).StatusCode);

        var created = await _portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{created.Path}/")).StatusCode);
    }

    public void Dispose() => _portal.Dispose();

    private sealed class BrokenTenantPortal : PortalFactory
    {
        public BrokenTenantPortal()
        {
            Directory.CreateDirectory(Path.Combine(AppData, "Sites", "Broken"));
            Directory.CreateDirectory(Path.Combine(AppData, "Sites", "Garbled"));
            File.WriteAllText(Path.Combine(AppData, "tenants.json"), """
                {
                  "Broken": { "State": "Running", "RequestUrlPrefix": "broken" },
                  "Garbled": { "State": "Running", "RequestUrlPrefix": "garbled" }
                }
                """);
            File.WriteAllText(Path.Combine(AppData, "Sites", "Broken", "appsettings.json"), """{ "DatabaseProvider": "Oracle" }""");
            File.WriteAllText(Path.Combine(AppData, "Sites", "Garbled", "appsettings.json"), """{ "DatabaseProvider": """);
        }
    }
}
