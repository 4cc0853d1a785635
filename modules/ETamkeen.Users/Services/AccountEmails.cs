using System.Net;
using ETamkeen.Email;
using ETamkeen.Security;
using ETamkeen.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Users.Services;

/// <summary>The account e-mails (password reset, address confirmation), each with a one-time link back to this tenant.</summary>
public sealed class AccountEmails(
    UserManager<User> users,
    IEmailSender sender,
    ISiteService site,
    IHttpContextAccessor http,
    IStringLocalizer<AccountEmails> t)
{
    public async Task<EmailResult> SendPasswordResetAsync(User user)
    {
        var code = await users.GeneratePasswordResetTokenAsync(user);
        var link = Link("reset-password", user.UserId, code);
        var siteName = (await site.GetAsync()).SiteName;
        return await SendAsync(user, t["Reset your password on {0}", siteName], t["Someone asked to reset the password of the account {0} on {1}. If it was you, choose a new password with this link (it works once):\n{2}\n\nOtherwise ignore this e-mail.", user.UserName, siteName, link], link);
    }

    public async Task<EmailResult> SendConfirmationAsync(User user)
    {
        var code = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Link("confirm-email", user.UserId, code);
        var siteName = (await site.GetAsync()).SiteName;
        return await SendAsync(user, t["Confirm your e-mail address on {0}", siteName], t["Confirm the e-mail address of the account {0} on {1} by opening this link:\n{2}\n", user.UserName, siteName, link], link);
    }

    private Task<EmailResult> SendAsync(User user, string subject, string text, string link) =>
        sender.SendAsync(new EmailMessage
        {
            To = [user.Email],
            Subject = subject,
            TextBody = text,
            HtmlBody = $"<p style=\"white-space: pre-line\">{WebUtility.HtmlEncode(text).Replace(WebUtility.HtmlEncode(link), $"<a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a>", StringComparison.Ordinal)}</p>",
            Culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        });

    private string Link(string action, string userId, string code)
    {
        var request = http.HttpContext!.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}/{action}?user={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(code)}";
    }
}
