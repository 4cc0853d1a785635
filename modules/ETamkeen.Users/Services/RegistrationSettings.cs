using System.Text.Json.Nodes;
using ETamkeen.Settings;

namespace ETamkeen.Users.Services;

/// <summary>
/// Whether visitors may create their own account, read from Orchard's <c>RegistrationSettings</c>
/// section of the site settings (<c>UsersCanRegister</c>: 1 or true allows it; <c>UsersMustValidateEmail</c>, on by default).
/// </summary>
public sealed record RegistrationSettings(bool UsersCanRegister, bool UsersMustValidateEmail)
{
    public const string Section = "RegistrationSettings";

    public static RegistrationSettings From(SiteSettings site)
    {
        var section = site.Properties.GetValueOrDefault(Section) as JsonObject;
        return new RegistrationSettings(Flag(section?["UsersCanRegister"], false), Flag(section?["UsersMustValidateEmail"], true));
    }

    private static bool Flag(JsonNode? node, bool fallback) => node is JsonValue value
        ? value.TryGetValue<bool>(out var b) ? b : value.TryGetValue<int>(out var i) ? i == 1 : fallback
        : fallback;
}
