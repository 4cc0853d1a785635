using ETamkeen.Data;

namespace ETamkeen.Email.Models;

/// <summary>A tenant's own SMTP settings, its password encrypted with the tenant's data-protection keys.</summary>
[DocumentType("SmtpSettings")]
public sealed class SmtpSettingsDocument : IDocument
{
    public long Id { get; set; }
    public int Version { get; set; }

    /// <summary>Without a <see cref="SmtpSettings.Host"/>: the host's relay, with only the sender the tenant's own.</summary>
    public SmtpSettings Settings { get; set; } = new();

    /// <summary>Never shown or exported.</summary>
    public string? ProtectedPassword { get; set; }

    /// <summary>What a message is sent with; <paramref name="password"/> is the decrypted <see cref="ProtectedPassword"/>.</summary>
    public SmtpSettings ApplyTo(SmtpSettings host, string? password)
    {
        ArgumentNullException.ThrowIfNull(host);

        // The host's relay with the host's credentials, or the tenant's server with its own:
        // never the host's credentials handed to a server a tenant chose.
        SmtpSettings effective;
        if (string.IsNullOrWhiteSpace(Settings.Host))
        {
            effective = host.Clone();
        }
        else
        {
            effective = Settings.Clone();
            effective.Password = password;
            effective.TimeoutSeconds = host.TimeoutSeconds;
        }

        effective.DefaultSender = Settings.DefaultSender ?? host.DefaultSender;
        return effective;
    }
}
