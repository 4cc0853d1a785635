using System.Text;

namespace ETamkeen.Localization;

/// <summary>
/// Reads gettext PO files: msgctxt, msgid, msgid_plural, msgstr and msgstr[n], C escapes,
/// strings continued on following lines, comments. Fuzzy entries and empty translations are
/// left out, as gettext does, so they fall back instead of showing a guess or nothing.
/// </summary>
public static class PoParser
{
    public static PoDocument Parse(string text, string file = "(text)")
    {
        using var reader = new StringReader(text);
        return Parse(reader, file);
    }

    public static PoDocument ParseFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path);
    }

    public static PoDocument Parse(TextReader reader, string file)
    {
        var entries = new List<PoEntry>();
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var current = new PoEntryBuilder();
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '#')
            {
                if (current.HasTranslation)
                {
                    current.FlushInto(entries, headers);
                    current = new PoEntryBuilder();
                }

                // "#," lists flags; "#~" is an obsolete entry, a comment to us.
                if (line.StartsWith("#,", StringComparison.Ordinal) && line.Contains("fuzzy", StringComparison.Ordinal))
                {
                    current.Fuzzy = true;
                }

                continue;
            }

            if (line[0] == '"')
            {
                current.Append(PoStrings.Unquote(line, file, number), file, number);
                continue;
            }

            var space = line.IndexOfAny([' ', '\t']);
            var keyword = space < 0 ? line : line[..space];
            var value = space < 0 ? "" : line[(space + 1)..].Trim();
            if (current.HasTranslation && keyword is "msgctxt" or "msgid")
            {
                current.FlushInto(entries, headers);
                current = new PoEntryBuilder();
            }

            current.Set(keyword, PoStrings.Unquote(value, file, number), file, number);
        }

        if (current.Started)
        {
            if (!current.HasTranslation)
            {
                throw new PoParseException(file, number, "the file ends inside an entry: msgid without msgstr");
            }

            current.FlushInto(entries, headers);
        }

        return new PoDocument(entries, headers);
    }
}
