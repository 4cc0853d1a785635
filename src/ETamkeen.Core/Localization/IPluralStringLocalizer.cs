using Microsoft.Extensions.Localization;

namespace ETamkeen.Localization;

/// <summary>A localizer that knows plural forms (msgid_plural, msgstr[n]) and the culture's rule.</summary>
public interface IPluralStringLocalizer : IStringLocalizer
{
    /// <summary>The form for <paramref name="count"/>; <c>{0}</c> is the count, further arguments follow it.</summary>
    LocalizedString Plural(long count, string singular, string plural, params object[] arguments);
}
