namespace ETamkeen.Email;

/// <summary>
/// Sends e-mail through the tenant's mail server (its own settings, else the host's relay).
/// A message that can't be delivered to the server comes back as a failed
/// <see cref="EmailResult"/> with the reason, already logged: callers (password reset,
/// workflows, notifications) decide what to tell the user, and a mail outage never breaks a page.
/// </summary>
public interface IEmailSender
{
    /// <exception cref="ArgumentNullException">when <paramref name="message"/> is null.</exception>
    Task<EmailResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
