using System.Globalization;
using ETamkeen.Trainings.Services;
using ETamkeen.Trainings.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ETamkeen.Trainings.Controllers;

/// <summary>
/// The public verification page a certificate's QR code points to, <c>/verify/{code}</c> (in the
/// visitor's language) or <c>/{culture}/verify/{code}</c>: valid, expired or revoked, with the
/// holder, the training and its dates. An unknown code is a 404 page, never an error.
/// </summary>
public sealed class VerifyController(CertificateStore store, CertificateService certificates) : Controller
{
    [HttpGet("verify/{code}")]
    public Task<IActionResult> Index(string code) => ShowAsync(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, code);

    [HttpGet("{culture:regex(^(fr|ar|en)$)}/verify/{code}")]
    public Task<IActionResult> InCulture(string culture, string code) => ShowAsync(culture, code);

    private async Task<IActionResult> ShowAsync(string culture, string code)
    {
        culture = culture is "fr" or "ar" or "en" ? culture : "fr";
        ViewData["Culture"] = culture;
        var view = CertificateStore.NormalizeCode(code) is { } normalized && await store.ByCodeAsync(normalized) is { } certificate
            ? await certificates.ViewAsync(certificate, culture)
            : null;
        if (view is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return View("Index", new CertificateVerifyViewModel { Culture = culture, Certificate = view });
    }
}
