using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Localization;

/// <summary>An IStringLocalizer over the PO catalog; its context (msgctxt) is the full name of the type or the view path.</summary>
public sealed class PoStringLocalizer(string context, Translator translator, LocalizationCatalog catalog) : IPluralStringLocalizer
{
    public string Context { get; } = context;

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var (text, found) = translator.Translate(Context, name);
            return new LocalizedString(name, text, resourceNotFound: !found, searchedLocation: Context);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            return new LocalizedString(name, Format(template.Value, arguments), template.ResourceNotFound, Context);
        }
    }

    public LocalizedString Plural(long count, string singular, string plural, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(singular);
        ArgumentNullException.ThrowIfNull(plural);
        var (text, found) = Translate(singular, plural, count);
        return new LocalizedString(singular, Format(text, [count, .. arguments]), !found, Context);
    }

    internal (string Text, bool Found) Translate(string singular, string plural, long count) =>
        translator.Translate(Context, singular, plural, count);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.All(tenant: null, CultureInfo.CurrentUICulture.Name)
            .Where(e => e.Context is null || e.Context == Context)
            .Select(e => new LocalizedString(e.Id, e.Translations[0], resourceNotFound: false, Context));

    /// <summary>A translation whose placeholders don't match the arguments shows unformatted rather than failing the page.</summary>
    internal static string Format(string text, object[] arguments)
    {
        if (arguments.Length == 0)
        {
            return text;
        }

        try
        {
            return string.Format(CultureInfo.CurrentCulture, text, arguments);
        }
        catch (FormatException)
        {
            return text;
        }
    }
}
