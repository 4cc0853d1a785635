namespace ETamkeen.Email.ViewModels;

/// <summary>The settings form as posted (text, so that a wrong port is an error, not a 500) and what the page shows beside it.</summary>
public sealed class EmailSettingsViewModel
{
    public string? DefaultSender { get; set; }
    public string? Host { get; set; }
    public string? Port { get; set; }
    public string? EncryptionMethod { get; set; }
    public bool AutoSelectEncryption { get; set; }
    public bool RequireCredentials { get; set; }
    public string? UserName { get; set; }

    /// <summary>Posted only: empty keeps the stored password. Never written into the page.</summary>
    public string? Password { get; set; }

    public bool ClearPassword { get; set; }
    public bool IgnoreInvalidSslCertificate { get; set; }

    /// <summary>A password is stored (the page says so, and shows nothing of it).</summary>
    public bool HasPassword { get; set; }

    /// <summary>The host's relay (<c>host:port</c>), null when the platform has none.</summary>
    public string? PlatformServer { get; set; }

    public string? PlatformSender { get; set; }

    public string? TestTo { get; set; }
    public EmailResult? TestResult { get; set; }
}
