using System.Text;

namespace ETamkeen.Localization;

/// <summary>The quoted strings of a PO file and their C escapes.</summary>
internal static class PoStrings
{
    public static string Unquote(string quoted, string file, int line)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"')
        {
            throw new PoParseException(file, line, "expected a string in double quotes");
        }

        var text = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c == '"')
            {
                throw new PoParseException(file, line, "an unescaped double quote inside a string");
            }

            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (++i >= quoted.Length - 1)
            {
                throw new PoParseException(file, line, "a backslash at the end of a string");
            }

            text.Append(quoted[i] switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '"' => '"',
                '\\' => '\\',
                'a' => '\a',
                'b' => '\b',
                'f' => '\f',
                'v' => '\v',
                _ => throw new PoParseException(file, line, $"unknown escape '\\{quoted[i]}'"),
            });
        }

        return text.ToString();
    }
}
