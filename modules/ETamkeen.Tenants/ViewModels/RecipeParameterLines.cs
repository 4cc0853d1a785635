namespace ETamkeen.Tenants.ViewModels;

/// <summary>A recipe's parameters typed as <c>KEY=VALUE</c> lines (MinistryNameFr=…, MinistryAcronym=…).</summary>
public static class RecipeParameterLines
{
    /// <summary>The parameters, and the lines that aren't <c>KEY=VALUE</c>.</summary>
    public static (Dictionary<string, string?> Parameters, List<string> Bad) Parse(string? text)
    {
        var parameters = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var bad = new List<string>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                parameters[line[..equals].Trim()] = line[(equals + 1)..].Trim();
            }
            else
            {
                bad.Add(line);
            }
        }

        return (parameters, bad);
    }

    public static string Format(IReadOnlyDictionary<string, string?>? parameters) =>
        string.Join("\n", (parameters ?? new Dictionary<string, string?>()).Select(p => $"{p.Key}={p.Value}"));
}
