using System.Net;
using System.Net.Sockets;

namespace ETamkeen.Workflows.Http;

/// <summary>
/// Entries such as <c>api.example.org</c>, <c>*.example.org</c>, <c>127.0.0.1:5000</c>, <c>*</c>
/// (any host). A host matches an entry by name, any port unless the entry gives one.
/// </summary>
public sealed class HostAllowList(IEnumerable<string> entries)
{
    private readonly List<(string Host, int? Port)> _entries = [.. entries.Select(Parse).Where(e => e.Host.Length > 0)];

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>Listed by name or by a <c>*.domain</c> or <c>*</c> entry.</summary>
    public bool Allows(string host, int port) => _entries.Any(e => PortMatches(e, port) && (e.Host == "*" || NameMatches(e.Host, host) || WildcardMatches(e.Host, host)));

    /// <summary>Listed by its own name (or a <c>*.domain</c> entry): what a private address needs.</summary>
    public bool ListsExplicitly(string host, int port) => _entries.Any(e => PortMatches(e, port) && (NameMatches(e.Host, host) || WildcardMatches(e.Host, host)));

    /// <summary>Loopback, link-local, private (RFC 1918, unique local), unspecified and IPv4-mapped forms of them.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] == 10 || b[0] == 127 || b[0] == 0
                || b[0] == 172 && b[1] >= 16 && b[1] <= 31
                || b[0] == 192 && b[1] == 168
                || b[0] == 169 && b[1] == 254
                || b[0] == 100 && b[1] >= 64 && b[1] <= 127; // carrier-grade NAT: a provider's internal network
        }

        var v6 = address.GetAddressBytes();
        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || (v6[0] & 0xFE) == 0xFC;
    }

    private static bool PortMatches((string Host, int? Port) entry, int port) => entry.Port is null || entry.Port == port;

    private static bool NameMatches(string entry, string host) => string.Equals(entry, Normalize(host), StringComparison.OrdinalIgnoreCase);

    private static bool WildcardMatches(string entry, string host) =>
        entry.StartsWith("*.", StringComparison.Ordinal) && Normalize(host).EndsWith(entry[1..], StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string host) => host.Trim('[', ']').TrimEnd('.');

    private static (string Host, int? Port) Parse(string entry)
    {
        var text = entry.Trim();
        if (text.StartsWith('[') && text.IndexOf(']', StringComparison.Ordinal) is var close and > 0)
        {
            // [::1]:8080
            var port = text.Length > close + 2 && text[close + 1] == ':' && int.TryParse(text[(close + 2)..], out var p) ? p : (int?)null;
            return (text[1..close], port);
        }

        var colon = text.LastIndexOf(':');
        if (colon > 0 && text.IndexOf(':', StringComparison.Ordinal) == colon && int.TryParse(text[(colon + 1)..], out var only))
        {
            return (Normalize(text[..colon]), only);
        }

        return (Normalize(text), null);
    }
}
