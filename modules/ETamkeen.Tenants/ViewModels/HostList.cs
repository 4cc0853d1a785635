namespace ETamkeen.Tenants.ViewModels;

/// <summary>Host names typed in one field, separated by commas, semicolons or spaces.</summary>
public static class HostList
{
    private static readonly char[] Separators = [',', ';', ' ', '\t', '\r', '\n'];

    public static List<string> Split(string? text) => [.. (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries)];

    public static string Join(IEnumerable<string> hosts) => string.Join(", ", hosts);
}
