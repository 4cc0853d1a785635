using ETamkeen.Email.Models;

namespace ETamkeen.Email.Services;

/// <summary>A shell singleton: one tenant's stored SMTP settings in memory, so a message costs no read.</summary>
public sealed class SmtpSettingsCache
{
    public SmtpSettingsDocument? Current { get; set; }
}
