namespace ETamkeen.Localization;

/// <summary>The entry being read; knows which field a continuation line belongs to.</summary>
internal sealed class PoEntryBuilder
{
    private readonly SortedDictionary<int, string> _translations = [];
    private string? _context;
    private string? _id;
    private string? _idPlural;
    private Action<string>? _appendTo;

    public bool Fuzzy { get; set; }

    public bool Started => _context is not null || _id is not null;

    public bool HasTranslation => _translations.Count > 0;

    public void Set(string keyword, string value, string file, int line)
    {
        switch (keyword)
        {
            case "msgctxt":
                Require(_context is null && _id is null, "msgctxt must come first in an entry", file, line);
                _context = value;
                _appendTo = s => _context += s;
                break;
            case "msgid":
                Require(_id is null, "a second msgid before any msgstr", file, line);
                _id = value;
                _appendTo = s => _id += s;
                break;
            case "msgid_plural":
                Require(_id is not null && _idPlural is null && !HasTranslation, "msgid_plural must follow msgid", file, line);
                _idPlural = value;
                _appendTo = s => _idPlural += s;
                break;
            case "msgstr":
                SetTranslation(0, value, file, line);
                break;
            default:
                if (keyword.StartsWith("msgstr[", StringComparison.Ordinal) && keyword.EndsWith(']')
                    && int.TryParse(keyword.AsSpan(7, keyword.Length - 8), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index < PluralRule.MaxForms)
                {
                    SetTranslation(index, value, file, line);
                    break;
                }

                throw new PoParseException(file, line, $"unknown keyword '{Shorten(keyword)}'");
        }
    }

    public void Append(string value, string file, int line)
    {
        Require(_appendTo is not null, "a string without a keyword before it", file, line);
        _appendTo!(value);
    }

    public void FlushInto(List<PoEntry> entries, Dictionary<string, string> headers)
    {
        var translations = Enumerable.Range(0, _translations.Keys.Max() + 1)
            .Select(i => _translations.GetValueOrDefault(i, "")).ToList();
        if (_id == "" && _context is null)
        {
            ReadHeaders(translations[0], headers);
            return;
        }

        if (!Fuzzy && _id is { Length: > 0 } && translations.Any(t => t.Length > 0))
        {
            entries.Add(new PoEntry(_context, _id, _idPlural, translations));
        }
    }

    private void SetTranslation(int index, string value, string file, int line)
    {
        Require(_id is not null, "msgstr without msgid", file, line);
        Require(!_translations.ContainsKey(index), $"msgstr[{index}] given twice", file, line);
        _translations[index] = value;
        _appendTo = s => _translations[index] += s;
    }

    private static void ReadHeaders(string text, Dictionary<string, string> headers)
    {
        foreach (var line in text.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }
    }

    private static void Require(bool condition, string reason, string file, int line)
    {
        if (!condition)
        {
            throw new PoParseException(file, line, reason);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
