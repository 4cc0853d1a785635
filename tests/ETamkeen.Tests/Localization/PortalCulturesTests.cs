using System.Globalization;
using ETamkeen.Localization;
using Xunit;

namespace ETamkeen.Tests.Localization;

public sealed class PortalCulturesTests
{
    [Fact]
    public void Arabic_dates_use_the_Maghreb_month_names_and_Western_digits()
    {
        var arabic = PortalCultures.Get("ar")!;

        var date = new DateTime(2026, 8, 14).ToString("d MMMM yyyy", arabic);
        Assert.Equal("14 غشت 2026", date);
        Assert.Equal("1,234.5", 1234.5.ToString("#,##0.0", CultureInfo.InvariantCulture));
        Assert.DoesNotContain(1234.5.ToString("N1", arabic), c => c is >= '\u0660' and <= '\u0669');
        Assert.Equal(DigitShapes.None, arabic.NumberFormat.DigitSubstitution);
        Assert.IsType<GregorianCalendar>(arabic.DateTimeFormat.Calendar);
        Assert.Equal("ar", arabic.TwoLetterISOLanguageName);
        Assert.True(arabic.IsReadOnly);
    }

    [Fact]
    public void French_is_Morocco_s_and_a_bad_name_is_no_culture()
    {
        Assert.Equal("fr-MA", PortalCultures.Get("fr")!.Name);
        Assert.Equal("en", PortalCultures.Get("en")!.Name);
        Assert.Null(PortalCultures.Get("not a culture"));
        Assert.Null(PortalCultures.Get(""));
    }
}
