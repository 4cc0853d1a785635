using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Localization;

/// <summary>
/// <c>@T["..."]</c> in views. The context (msgctxt) is the view's path as Razor reports it,
/// e.g. <c>/Views/Account/Login.cshtml</c>; arguments are HTML-encoded, the translation is not.
/// </summary>
public sealed class PoViewLocalizer(PoStringLocalizerFactory factory) : IViewLocalizer, IViewContextAware
{
    private PoStringLocalizer? _localizer;

    public void Contextualize(ViewContext viewContext)
    {
        ArgumentNullException.ThrowIfNull(viewContext);
        _localizer = factory.Create(viewContext.ExecutingFilePath ?? viewContext.View.Path);
    }

    public LocalizedHtmlString this[string name] => Html(Localizer[name]);

    public LocalizedHtmlString this[string name, params object[] arguments]
    {
        get
        {
            var template = Localizer[name];
            return Html(name, template.Value, !template.ResourceNotFound, arguments);
        }
    }

    public LocalizedString GetString(string name) => Localizer[name];

    public LocalizedString GetString(string name, params object[] arguments) => Localizer[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => Localizer.GetAllStrings(includeParentCultures);

    /// <summary>The plural form for <paramref name="count"/>, HTML-encoding the arguments.</summary>
    public LocalizedHtmlString Plural(long count, string singular, string plural, params object[] arguments)
    {
        var (text, found) = Localizer.Translate(singular, plural, count);
        return Html(singular, text, found, [count, .. arguments]);
    }

    private PoStringLocalizer Localizer => _localizer ?? throw new InvalidOperationException("The view localizer is used before its view was set.");

    private static LocalizedHtmlString Html(LocalizedString s) => Html(s.Name, s.Value, !s.ResourceNotFound, []);

    // Razor formats the text even without arguments: a stray brace in a translation is shown as is, not a 500.
    private static LocalizedHtmlString Html(string name, string text, bool found, object[] arguments) =>
        Formats(text, arguments)
            ? new(name, text, !found, arguments)
            : new(name, text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), !found);

    private static bool Formats(string text, object[] arguments)
    {
        if (!text.Contains('{', StringComparison.Ordinal) && !text.Contains('}', StringComparison.Ordinal))
        {
            return true;
        }

        try
        {
            _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, text, arguments);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
