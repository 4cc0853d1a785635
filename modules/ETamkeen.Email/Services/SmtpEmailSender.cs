using System.Globalization;
using System.Net.Sockets;
using ETamkeen.Email.Models;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace ETamkeen.Email.Services;

/// <summary>
/// Sends over SMTP with MailKit, one connection a message. Whatever goes wrong on the way (no
/// server, refused connection, TLS, credentials, a refused recipient, a timeout) is logged and
/// returned as a failed result in words an administrator can act on.
/// </summary>
public sealed class SmtpEmailSender(SmtpSettingsStore store, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task<EmailResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = await store.GetEffectiveAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            return Refused(message, "No mail server is configured: set one in the e-mail settings (or ETamkeen:Smtp:Host for the whole platform).");
        }

        if (!EmailAddresses.TryParse(settings.DefaultSender, out var sender))
        {
            return Refused(message, "No valid sender address is configured: set one in the e-mail settings (or ETamkeen:Smtp:DefaultSender).");
        }

        if (MimeMessages.Compose(message, sender, out var mime) is { } invalid)
        {
            return Refused(message, invalid);
        }

        try
        {
            using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(settings.TimeoutSeconds).TotalMilliseconds };
            if (settings.IgnoreInvalidSslCertificate)
            {
                client.ServerCertificateValidationCallback = (_, _, _, _) => true;
            }

            await client.ConnectAsync(settings.Host, settings.Port, SocketOptions(settings), cancellationToken);
            if (settings.RequireCredentials)
            {
                await client.AuthenticateAsync(settings.UserName ?? "", settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return EmailResult.Success;
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            var reason = Describe(e, settings);
            logger.LogWarning(e, "E-mail \"{Subject}\" to {Count} recipient(s) through {Host}:{Port} failed: {Reason}",
                message.Subject, mime.GetRecipients(onlyUnique: true).Count, settings.Host, settings.Port, reason);
            return EmailResult.Failed(reason);
        }
    }

    private EmailResult Refused(EmailMessage message, string reason)
    {
        logger.LogWarning("E-mail \"{Subject}\" not sent: {Reason}", message.Subject, reason);
        return EmailResult.Failed(reason);
    }

    private static SecureSocketOptions SocketOptions(SmtpSettings settings) =>
        settings.AutoSelectEncryption
            ? SecureSocketOptions.Auto
            : settings.EncryptionMethod switch
            {
                SmtpEncryptionMethod.SslTls => SecureSocketOptions.SslOnConnect,
                SmtpEncryptionMethod.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            };

    private static string Describe(Exception e, SmtpSettings settings)
    {
        var server = string.Create(CultureInfo.InvariantCulture, $"{settings.Host}:{settings.Port}");
        return e switch
        {
            SocketException s => $"The mail server {server} could not be reached: {s.Message}.",
            SslHandshakeException => $"The secure connection to {server} failed: check the encryption method and the server's certificate.",
            AuthenticationException a => $"The mail server {server} refused the user name or password: {a.Message}",
            SmtpCommandException c => $"The mail server {server} refused the message ({(int)c.StatusCode}): {c.Message}",
            SmtpProtocolException p => $"The mail server {server} answered out of protocol: {p.Message}",
            TimeoutException or OperationCanceledException => $"The mail server {server} did not answer within {settings.TimeoutSeconds} seconds.",
            ServiceNotConnectedException or IOException => $"The connection to the mail server {server} was lost: {e.Message}",
            NotSupportedException n => $"The mail server {server} can't do what the settings ask: {n.Message}",
            _ => $"Sending through {server} failed: {e.Message}",
        };
    }
}
