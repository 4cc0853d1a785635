namespace ETamkeen.Localization;

/// <summary>
/// A file's Plural-Forms header, honoured only when it is one of the well-known gettext
/// expressions: evaluating arbitrary C expressions from a tenant's upload is not worth the
/// risk, and the built-in rule of the culture is right for the languages we serve.
/// </summary>
public static class PluralFormsHeader
{
    private static readonly Dictionary<string, PluralRule> s_known = new(StringComparer.Ordinal)
    {
        ["nplurals=2;plural=(n>1)"] = PluralRule.French,
        ["nplurals=2;plural=n>1"] = PluralRule.French,
        ["nplurals=2;plural=(n!=1)"] = PluralRule.English,
        ["nplurals=2;plural=n!=1"] = PluralRule.English,
        ["nplurals=1;plural=0"] = PluralRule.Single,
        ["nplurals=6;plural=(n==0?0:n==1?1:n==2?2:n%100>=3&&n%100<=10?3:n%100>=11?4:5)"] = PluralRule.Arabic,
        ["nplurals=6;plural=n==0?0:n==1?1:n==2?2:n%100>=3&&n%100<=10?3:n%100>=11?4:5"] = PluralRule.Arabic,
    };

    public static PluralRule Resolve(string? header, string culture)
    {
        if (header is not null)
        {
            var normalized = new string([.. header.Where(c => !char.IsWhiteSpace(c))]).TrimEnd(';');
            if (s_known.TryGetValue(normalized, out var rule))
            {
                return rule;
            }
        }

        return PluralRule.ForCulture(culture);
    }
}
