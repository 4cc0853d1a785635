namespace ETamkeen.Workflows.Http;

/// <summary>The <c>Headers</c> property of the HTTP activities: one <c>Name: value</c> per line.</summary>
public static class HeaderLines
{
    public static List<KeyValuePair<string, string>> Parse(string text)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"The header line '{line}' is not \"Name: value\".");
            }

            headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }

        return headers;
    }
}
