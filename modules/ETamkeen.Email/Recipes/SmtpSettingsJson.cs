using System.Globalization;
using System.Text.Json.Nodes;
using ETamkeen.Email.Models;
using ETamkeen.Email.Services;
using ETamkeen.Recipes;

namespace ETamkeen.Email.Recipes;

/// <summary>
/// Orchard's <c>SmtpSettings</c> section of the <c>settings</c> step, read in any case with
/// numbers or names for the encryption method, and written without the password.
/// </summary>
public static class SmtpSettingsJson
{
    public const string SectionName = "SmtpSettings";

    /// <summary>The settings, and the password given (null when the section has none: keep the stored one).</summary>
    public static (SmtpSettings Settings, string? Password) Read(JsonObject section, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(warnings);
        var settings = new SmtpSettings
        {
            DefaultSender = SmtpSettingsValidator.Clean(Text(section, "DefaultSender")),
            Host = SmtpSettingsValidator.Clean(Text(section, "Host")),
            Port = Number(section, "Port") ?? 25,
            EncryptionMethod = Encryption(section),
            AutoSelectEncryption = Flag(section, "AutoSelectEncryption"),
            RequireCredentials = Flag(section, "RequireCredentials"),
            UserName = SmtpSettingsValidator.Clean(Text(section, "UserName")),
            IgnoreInvalidSslCertificate = Flag(section, "IgnoreInvalidSslCertificate"),
        };

        if (Number(section, "DeliveryMethod") is 1)
        {
            warnings.Add("SmtpSettings: delivery to a pickup directory is not supported here; messages go to the SMTP server.");
        }

        return (settings, Text(section, "Password"));
    }

    public static JsonObject Write(SmtpSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new JsonObject
        {
            ["DefaultSender"] = settings.DefaultSender,
            ["Host"] = settings.Host,
            ["Port"] = settings.Port,
            ["EncryptionMethod"] = (int)settings.EncryptionMethod,
            ["AutoSelectEncryption"] = settings.AutoSelectEncryption,
            ["RequireCredentials"] = settings.RequireCredentials,
            ["UserName"] = settings.UserName,
            ["IgnoreInvalidSslCertificate"] = settings.IgnoreInvalidSslCertificate,
        };
    }

    private static string? Text(JsonObject section, string name) => RecipeParser.Property(section, name) switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new RecipeException($"SmtpSettings.{name} must be a string."),
    };

    private static int? Number(JsonObject section, string name) => RecipeParser.Property(section, name) switch
    {
        null => null,
        JsonValue v when v.TryGetValue<int>(out var n) => n,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => throw new RecipeException($"SmtpSettings.{name} must be a whole number."),
    };

    private static bool Flag(JsonObject section, string name) => RecipeParser.Property(section, name) switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
        _ => throw new RecipeException($"SmtpSettings.{name} must be true or false."),
    };

    private static SmtpEncryptionMethod Encryption(JsonObject section) => RecipeParser.Property(section, "EncryptionMethod") switch
    {
        null => SmtpEncryptionMethod.None,
        JsonValue v when v.TryGetValue<int>(out var n) && Enum.IsDefined((SmtpEncryptionMethod)n) => (SmtpEncryptionMethod)n,
        JsonValue v when v.TryGetValue<string>(out var s) && SmtpEncryption.TryParse(s, out var method) => method,
        _ => throw new RecipeException("SmtpSettings.EncryptionMethod must be None (0), SslTls (1) or StartTls (2)."),
    };
}
