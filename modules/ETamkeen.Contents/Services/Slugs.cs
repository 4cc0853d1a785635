using System.Globalization;
using System.Text;

namespace ETamkeen.Contents.Services;

/// <summary>
/// URL segments from titles: lower case, French accents folded ("Formations en cybersécurité"
/// → "formations-en-cybersecurite"), Arabic letters kept (Moroccan sites use Arabic slugs),
/// everything else a single hyphen.
/// </summary>
public static class Slugs
{
    public static string Slugify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var dash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c == '\u0640')
            {
                continue; // accents, Arabic diacritics, tatweel
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (!dash && builder.Length > 0)
            {
                builder.Append('-');
                dash = true;
            }
        }

        var slug = builder.ToString().Normalize(NormalizationForm.FormC).Trim('-');
        return slug.Length <= 200 ? slug : slug[..200].TrimEnd('-');
    }
}
