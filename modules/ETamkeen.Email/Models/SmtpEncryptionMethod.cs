namespace ETamkeen.Email.Models;

/// <summary>Orchard's values, so that its recipes' numbers mean the same here.</summary>
public enum SmtpEncryptionMethod
{
    None = 0,
    SslTls = 1,
    StartTls = 2,
}

public static class SmtpEncryption
{
    /// <summary>A name in any case (Orchard once wrote <c>SSLTLS</c>) or its number; nothing else.</summary>
    public static bool TryParse(string? text, out SmtpEncryptionMethod method) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out method) && Enum.IsDefined(method);
}
