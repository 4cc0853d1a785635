using System.Text.Json.Serialization;

namespace ETamkeen.Email.Models;

/// <summary>
/// How to reach a mail server: the host's <c>ETamkeen:Smtp</c> section (MTNRA's relay, every
/// tenant's default), a tenant's own (<see cref="SmtpSettingsDocument"/>), and what a message is
/// sent with once both are put together.
/// </summary>
public sealed class SmtpSettings
{
    public const string Section = "ETamkeen:Smtp";

    /// <summary>The From of every message, e.g. <c>e-TAMKEEN &lt;no-reply@mtnra.gov.ma&gt;</c>.</summary>
    public string? DefaultSender { get; set; }

    /// <summary>Empty: no server (the host's), or the host's relay (a tenant's).</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;
    public SmtpEncryptionMethod EncryptionMethod { get; set; }

    /// <summary>Let the client pick TLS from the port and what the server offers, ignoring <see cref="EncryptionMethod"/>.</summary>
    public bool AutoSelectEncryption { get; set; }

    public bool RequireCredentials { get; set; }
    public string? UserName { get; set; }

    /// <summary>In clear, so never serialized: a tenant's is stored encrypted beside these settings.</summary>
    [JsonIgnore]
    public string? Password { get; set; }

    public bool IgnoreInvalidSslCertificate { get; set; }

    /// <summary>How long to wait for the server at each step; the host's applies to every tenant.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public SmtpSettings Clone() => (SmtpSettings)MemberwiseClone();
}
