using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Localization;

/// <summary>
/// Orchard's <c>T.Plural(count, "1 item", "{0} items")</c>: the PO entry with that msgid and
/// msgid_plural, its form chosen by the culture's rule; <c>{0}</c> is the count.
/// </summary>
public static class PluralLocalizerExtensions
{
    public static LocalizedString Plural(this IStringLocalizer localizer, long count, string singular, string plural, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (localizer is IPluralStringLocalizer po)
        {
            return po.Plural(count, singular, plural, arguments);
        }

        var text = count == 1 ? singular : plural;
        return new LocalizedString(singular, PoStringLocalizer.Format(text, [count, .. arguments]), resourceNotFound: true);
    }

    public static LocalizedHtmlString Plural(this IViewLocalizer localizer, long count, string singular, string plural, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer is PoViewLocalizer po
            ? po.Plural(count, singular, plural, arguments)
            : localizer[count == 1 ? singular : plural, [count, .. arguments]];
    }
}
