using MimeKit;

namespace ETamkeen.Email.Services;

/// <summary>Turns an <see cref="EmailMessage"/> into MIME, refusing what no server would take.</summary>
public static class MimeMessages
{
    /// <summary>Null when <paramref name="mime"/> is ready to send, else why the message can't be.</summary>
    public static string? Compose(EmailMessage message, MailboxAddress sender, out MimeMessage mime)
    {
        ArgumentNullException.ThrowIfNull(message);
        mime = new MimeMessage();
        mime.From.Add(sender);
        if ((Add(mime.To, message.To) ?? Add(mime.Cc, message.Cc) ?? Add(mime.Bcc, message.Bcc)) is { } wrong)
        {
            return $"'{wrong}' is not an e-mail address.";
        }

        if (mime.To.Count + mime.Cc.Count + mime.Bcc.Count == 0)
        {
            return "The message has no recipient.";
        }

        if (message.ReplyTo is { Length: > 0 } replyTo)
        {
            if (!EmailAddresses.TryParse(replyTo, out var mailbox))
            {
                return $"'{replyTo}' is not an e-mail address.";
            }

            mime.ReplyTo.Add(mailbox);
        }

        // A line break in a subject would end the header early.
        mime.Subject = message.Subject.ReplaceLineEndings(" ");
        mime.Body = new BodyBuilder { TextBody = message.TextBody ?? (message.HtmlBody is null ? "" : null), HtmlBody = message.HtmlBody }.ToMessageBody();
        if (message.Culture is { Length: > 0 and <= 35 } culture && culture.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            mime.Headers.Add(HeaderId.ContentLanguage, culture);
        }

        return null;
    }

    /// <summary>Adds every address; the first that isn't one when there is such.</summary>
    private static string? Add(InternetAddressList list, IEnumerable<string> addresses)
    {
        foreach (var address in addresses)
        {
            if (!EmailAddresses.TryParse(address, out var mailbox))
            {
                return address;
            }

            list.Add(mailbox);
        }

        return null;
    }
}
