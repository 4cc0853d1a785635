using ETamkeen.Email.Models;

namespace ETamkeen.Email.Services;

/// <summary>
/// What makes settings usable, for the recipe section and the settings page alike. Messages
/// are English keys: the page localizes them, a recipe reports them as they are.
/// </summary>
public static class SmtpSettingsValidator
{
    public static IReadOnlyList<(string Field, string Message)> Validate(SmtpSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<(string, string)>();
        if (settings.DefaultSender is not null && !EmailAddresses.TryParse(settings.DefaultSender, out _))
        {
            errors.Add((nameof(settings.DefaultSender), "The sender is an e-mail address such as no-reply@example.gov.ma."));
        }

        if (settings.Port is < 1 or > 65535)
        {
            errors.Add((nameof(settings.Port), "The port is a number from 1 to 65535."));
        }

        if (!Enum.IsDefined(settings.EncryptionMethod))
        {
            errors.Add((nameof(settings.EncryptionMethod), "The encryption is None, SslTls or StartTls."));
        }

        if (settings.Host is null)
        {
            // The host's relay, with the host's credentials: the site's are not used.
            return errors;
        }

        if (settings.Host.Length > 255 || Uri.CheckHostName(settings.Host) == UriHostNameType.Unknown)
        {
            errors.Add((nameof(settings.Host), "The server is a host name or an IP address."));
        }

        if (settings.UserName?.Length > 256)
        {
            errors.Add((nameof(settings.UserName), "The user name has at most 256 characters."));
        }
        else if (settings.RequireCredentials && settings.UserName is null)
        {
            errors.Add((nameof(settings.UserName), "A user name is needed when the server requires credentials."));
        }

        return errors;
    }

    /// <summary>Trimmed, and null when blank: an empty field means "not set".</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
