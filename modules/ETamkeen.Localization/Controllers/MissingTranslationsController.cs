using ETamkeen.Localization.Services;
using ETamkeen.Localization.ViewModels;
using ETamkeen.Security;
using ETamkeen.Shells;
using Microsoft.AspNetCore.Mvc;

namespace ETamkeen.Localization.Controllers;

/// <summary>What this tenant's pages asked for without a translation since the host started, for translators.</summary>
[Permission("ManageCultures")]
[Route("admin/localization")]
public sealed class MissingTranslationsController(MissingTranslations missing, ShellSettings shell) : Controller
{
    [HttpGet("missing")]
    public IActionResult Index(string? culture)
    {
        var all = missing.For(shell.Name);
        var shown = string.IsNullOrEmpty(culture) ? all : [.. all.Where(m => string.Equals(m.Missing.Culture, culture, StringComparison.OrdinalIgnoreCase))];
        return View(new MissingTranslationsViewModel
        {
            Missing = shown,
            Cultures = [.. all.Select(m => m.Missing.Culture).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)],
            Culture = culture,
        });
    }

    /// <summary>The same list as a PO file to translate and drop into App_Data/Sites/{tenant}/Localization.</summary>
    [HttpGet("missing.po")]
    public IActionResult Download(string? culture)
    {
        var shown = missing.For(shell.Name).Select(m => m.Missing).Where(m => string.IsNullOrEmpty(culture) || string.Equals(m.Culture, culture, StringComparison.OrdinalIgnoreCase));
        return File(System.Text.Encoding.UTF8.GetBytes(PoWriter.Write(shown)), "text/x-gettext-translation", "missing.po");
    }
}
