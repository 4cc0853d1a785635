using ETamkeen.Localization;
using Xunit;

namespace ETamkeen.Tests.Localization;

public sealed class PluralRuleTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(10, 3)]
    [InlineData(11, 4)]
    [InlineData(99, 4)]
    [InlineData(100, 5)]
    [InlineData(101, 5)]
    [InlineData(102, 5)]
    [InlineData(103, 3)]
    [InlineData(111, 4)]
    [InlineData(1000, 5)]
    public void Arabic_has_six_forms(long count, int form) => Assert.Equal(form, PluralRule.ForCulture("ar-MA").FormFor(count));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(100, 1)]
    public void French_keeps_zero_and_one_singular(long count, int form) => Assert.Equal(form, PluralRule.ForCulture("fr").FormFor(count));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    public void English_is_singular_for_one_only(long count, int form) => Assert.Equal(form, PluralRule.ForCulture("en").FormFor(count));

    [Fact]
    public void A_known_Plural_Forms_header_is_honoured_and_an_unknown_one_falls_back_to_the_culture()
    {
        Assert.Same(PluralRule.English, PluralFormsHeader.Resolve("nplurals=2; plural=(n != 1);", "fr"));
        Assert.Same(PluralRule.Arabic, PluralFormsHeader.Resolve("nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;", "ar"));
        Assert.Same(PluralRule.French, PluralFormsHeader.Resolve("nplurals=3; plural=system(\"rm -rf /\");", "fr"));
        Assert.Same(PluralRule.Arabic, PluralFormsHeader.Resolve(null, "ar"));
    }
}
