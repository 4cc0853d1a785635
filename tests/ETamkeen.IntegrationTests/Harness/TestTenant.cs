using System.Net.Http.Json;
using System.Text.Json;

namespace ETamkeen.IntegrationTests.Harness;

/// <summary>A tenant made for one test, with clients addressed to it.</summary>
public sealed class TestTenant(PortalFactory factory, string name, string prefix)
{
    public string Name { get; } = name;
    public string Prefix { get; } = prefix;

    /// <summary>The path before the tenant's own routes: "/prefix", or "" for a host-only tenant.</summary>
    public string Path => Prefix.Length == 0 ? "" : "/" + Prefix;

    public HttpClient Api() => factory.Api();

    public HttpClient Anonymous() => factory.Anonymous();

    public async Task<JsonElement> GetJsonAsync(string relative)
    {
        using var client = Api();
        var response = await client.GetAsync(Path + relative);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<IReadOnlySet<string>> EnabledFeaturesAsync()
    {
        var features = await GetJsonAsync("/api/features");
        return features.EnumerateArray()
            .Where(f => f.GetProperty("enabled").GetBoolean())
            .Select(f => f.GetProperty("id").GetString()!)
            .ToHashSet();
    }
}
