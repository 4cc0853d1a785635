using System.Diagnostics.CodeAnalysis;
using MimeKit;

namespace ETamkeen.Email.Services;

/// <summary>One address as people type it (<c>a@b.ma</c> or <c>Name &lt;a@b.ma&gt;</c>), checked the way it will be sent.</summary>
public static class EmailAddresses
{
    /// <summary>RFC 5321's limit on a path; longer is no address.</summary>
    public const int MaxLength = 320;

    public static bool TryParse(string? text, [NotNullWhen(true)] out MailboxAddress? mailbox)
    {
        mailbox = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return false;
        }

        // MimeKit also takes "user" alone (a local mailbox); a message to it would only bounce.
        if (!MailboxAddress.TryParse(ParserOptions.Default, text.Trim(), out var parsed)
            || parsed.Address.IndexOf('@', StringComparison.Ordinal) is var at && (at <= 0 || at == parsed.Address.Length - 1))
        {
            return false;
        }

        mailbox = parsed;
        return true;
    }
}
