using System.Collections.Concurrent;
using System.Globalization;

namespace ETamkeen.Localization;

/// <summary>
/// The CultureInfo a request runs in. Arabic is Morocco's: Western digits and the Maghreb
/// month names on the Gregorian calendar, as Moroccan administrations write dates, whatever
/// the ICU version of the server says.
/// </summary>
public static class PortalCultures
{
    private static readonly ConcurrentDictionary<string, CultureInfo> s_cultures = new(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] s_maghrebMonths =
        ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر", ""];

    private static readonly string[] s_westernDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    private static readonly Dictionary<string, string> s_nativeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        // As each language writes its own name in a menu (ICU says "français", lower case).
        ["fr"] = "Français",
        ["ar"] = "العربية",
        ["en"] = "English",
    };

    /// <summary>A culture's name in its own language, as a language menu shows it.</summary>
    public static string NativeName(string name) =>
        s_nativeNames.TryGetValue(name, out var known) ? known : Get(name)?.NativeName ?? name;

    /// <summary><c>rtl</c> for the languages written right to left, else <c>ltr</c>.</summary>
    public static string Direction(string name) =>
        (Get(name)?.TextInfo.IsRightToLeft ?? name.StartsWith("ar", StringComparison.OrdinalIgnoreCase)) ? "rtl" : "ltr";

    /// <summary>The culture for a tenant culture name ("ar", "fr", "en", or a specific one); null for a name that isn't a culture.</summary>
    public static CultureInfo? Get(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 20)
        {
            return null;
        }

        return s_cultures.TryGetValue(name, out var known) ? known : Create(name) is { } created ? s_cultures.GetOrAdd(name, created) : null;
    }

    private static CultureInfo? Create(string name)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }

        // The neutral names stand for Morocco's cultures: dates and numbers as Moroccan sites write them.
        return culture.TwoLetterISOLanguageName switch
        {
            "ar" => Moroccan(culture),
            "fr" when culture.IsNeutralCulture => CultureInfo.GetCultureInfo("fr-MA"),
            _ => culture,
        };
    }

    private static CultureInfo Moroccan(CultureInfo requested)
    {
        // The neutral "ar" becomes ar-MA; another Arabic culture keeps its name with Moroccan formats.
        var source = requested.IsNeutralCulture ? CultureInfo.GetCultureInfo("ar-MA") : requested;
        var culture = (CultureInfo)source.Clone();
        var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault();
        if (gregorian is not null)
        {
            culture.DateTimeFormat.Calendar = gregorian;
        }

        culture.DateTimeFormat.MonthNames = s_maghrebMonths;
        culture.DateTimeFormat.MonthGenitiveNames = s_maghrebMonths;
        culture.DateTimeFormat.AbbreviatedMonthNames = s_maghrebMonths;
        culture.DateTimeFormat.AbbreviatedMonthGenitiveNames = s_maghrebMonths;
        culture.NumberFormat.NativeDigits = s_westernDigits;
        culture.NumberFormat.DigitSubstitution = DigitShapes.None;
        return CultureInfo.ReadOnly(culture);
    }
}
