using System.Globalization;
using ETamkeen.Email.Models;
using ETamkeen.Email.Services;
using ETamkeen.Email.ViewModels;
using ETamkeen.Security;
using ETamkeen.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Email.Controllers;

/// <summary>The tenant's own mail server (or the platform's relay) and a test e-mail to check it.</summary>
[Permission(Permissions.ManageEmailSettingsName)]
[AutoValidateAntiforgeryToken]
[Route("admin/settings/email")]
public sealed class EmailSettingsController(
    SmtpSettingsStore store,
    IEmailSender sender,
    ISiteService site,
    IStringLocalizer<EmailSettingsController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await StoredAsync(cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Save(EmailSettingsViewModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var settings = new SmtpSettings
        {
            DefaultSender = SmtpSettingsValidator.Clean(form.DefaultSender),
            Host = SmtpSettingsValidator.Clean(form.Host),
            AutoSelectEncryption = form.AutoSelectEncryption,
            RequireCredentials = form.RequireCredentials,
            UserName = SmtpSettingsValidator.Clean(form.UserName),
            IgnoreInvalidSslCertificate = form.IgnoreInvalidSslCertificate,
        };

        if (SmtpSettingsValidator.Clean(form.Port) is { } port)
        {
            settings.Port = int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
        }

        if (SmtpSettingsValidator.Clean(form.EncryptionMethod) is { } encryption)
        {
            settings.EncryptionMethod = SmtpEncryption.TryParse(encryption, out var method) ? method : (SmtpEncryptionMethod)(-1);
        }

        foreach (var (field, message) in SmtpSettingsValidator.Validate(settings))
        {
            ModelState.AddModelError(field, t[message]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            form.Password = null;
            return View(nameof(Index), await DescribeAsync(form, cancellationToken));
        }

        var password = form.ClearPassword ? "" : string.IsNullOrEmpty(form.Password) ? null : form.Password;
        await store.UpdateAsync(settings, password, cancellationToken);
        TempData["Notice"] = t["E-mail settings saved."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("test")]
    public async Task<IActionResult> Test(string? to, CancellationToken cancellationToken)
    {
        var model = await StoredAsync(cancellationToken);
        model.TestTo = to;
        if (!EmailAddresses.TryParse(to, out _))
        {
            ModelState.AddModelError("to", t["Give the address to send the test e-mail to, such as name@example.gov.ma."]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), model);
        }

        var siteName = (await site.GetAsync(cancellationToken)).SiteName;
        model.TestResult = await sender.SendAsync(new EmailMessage
        {
            To = [to!],
            Subject = t["Test e-mail from {0}", siteName],
            TextBody = t["This message was sent from the e-mail settings of {0} to check that its e-mail works. There is nothing to do.", siteName],
            Culture = CultureInfo.CurrentUICulture.Name,
        }, cancellationToken);
        return View(nameof(Index), model);
    }

    private async Task<EmailSettingsViewModel> StoredAsync(CancellationToken cancellationToken)
    {
        var stored = (await store.GetAsync(cancellationToken)).Settings;
        return await DescribeAsync(new EmailSettingsViewModel
        {
            DefaultSender = stored.DefaultSender,
            Host = stored.Host,
            Port = stored.Port.ToString(CultureInfo.InvariantCulture),
            EncryptionMethod = stored.EncryptionMethod.ToString(),
            AutoSelectEncryption = stored.AutoSelectEncryption,
            RequireCredentials = stored.RequireCredentials,
            UserName = stored.UserName,
            IgnoreInvalidSslCertificate = stored.IgnoreInvalidSslCertificate,
        }, cancellationToken);
    }

    private async Task<EmailSettingsViewModel> DescribeAsync(EmailSettingsViewModel model, CancellationToken cancellationToken)
    {
        var platform = store.HostDefaults;
        model.HasPassword = (await store.GetAsync(cancellationToken)).ProtectedPassword is not null;
        model.PlatformServer = string.IsNullOrWhiteSpace(platform.Host) ? null : string.Create(CultureInfo.InvariantCulture, $"{platform.Host}:{platform.Port}");
        model.PlatformSender = platform.DefaultSender;
        return model;
    }
}
