using System.Security.Cryptography;
using ETamkeen.Data;
using ETamkeen.Email.Models;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ETamkeen.Email.Services;

/// <summary>
/// The tenant's own SMTP settings (read once per shell) and what a message is sent with: the
/// host's <c>ETamkeen:Smtp</c> with the tenant's on top. The password is kept encrypted with
/// the tenant's data-protection keys, so the database or a backup alone doesn't give it away.
/// </summary>
public sealed class SmtpSettingsStore(
    CachedDocuments<SmtpSettingsDocument> documents,
    IOptions<SmtpSettings> host,
    IDataProtectionProvider dataProtection,
    ILogger<SmtpSettingsStore> logger)
{
    private const string PasswordPurpose = "ETamkeen.Email.SmtpSettings.Password";

    /// <summary>The host's relay, every tenant's default.</summary>
    public SmtpSettings HostDefaults => host.Value;

    public Task<SmtpSettingsDocument> GetAsync(CancellationToken cancellationToken = default) => documents.GetAsync(cancellationToken);

    /// <summary>Changes the stored settings; <paramref name="password"/> null keeps the stored one, empty removes it.</summary>
    public async Task UpdateAsync(SmtpSettings given, string? password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(given);
        await documents.ChangeAsync(stored =>
        {
            stored.Settings = given.Clone();
            stored.Settings.Password = null;
            if (password is not null)
            {
                stored.ProtectedPassword = password.Length == 0 ? null : Protector.Protect(password);
            }
        }, cancellationToken);
    }

    public async Task<SmtpSettings> GetEffectiveAsync(CancellationToken cancellationToken = default)
    {
        var stored = await GetAsync(cancellationToken);
        return stored.ApplyTo(host.Value, Unprotect(stored.ProtectedPassword));
    }

    private IDataProtector Protector => dataProtection.CreateProtector(PasswordPurpose);

    private string? Unprotect(string? protectedPassword)
    {
        if (protectedPassword is null)
        {
            return null;
        }

        try
        {
            return Protector.Unprotect(protectedPassword);
        }
        catch (CryptographicException e)
        {
            // The tenant's keys were lost or replaced (a database restored without its folder):
            // the server's refusal will say what's wrong, and an administrator types it again.
            logger.LogWarning(e, "The stored SMTP password can't be decrypted with this tenant's keys; sending without it.");
            return null;
        }
    }
}
