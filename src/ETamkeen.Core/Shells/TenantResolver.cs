using Microsoft.AspNetCore.Http;

namespace ETamkeen.Shells;

/// <summary>
/// Finds the tenant of a request: host and prefix together first, then host alone, then
/// prefix alone, then Default. Lookups are dictionary reads on a snapshot rebuilt when
/// tenants change, so the cost doesn't grow with the number of tenants.
/// </summary>
public sealed class TenantResolver
{
    private readonly ShellHost _host;
    private Snapshot _snapshot = new([]);

    public TenantResolver(ShellHost host)
    {
        _host = host;
        host.Changed += Rebuild;
        Rebuild();
    }

    public ShellSettings? Resolve(HostString host, PathString path, out string prefix)
    {
        var snapshot = _snapshot;
        var segment = FirstSegment(path);
        var hostName = host.Host.ToLowerInvariant();
        var hostWithPort = host.Value?.ToLowerInvariant() ?? "";

        if (segment.Length > 0)
        {
            if (snapshot.HostAndPrefix.TryGetValue((hostWithPort, segment), out var both)
                || snapshot.HostAndPrefix.TryGetValue((hostName, segment), out both))
            {
                prefix = segment;
                return both;
            }
        }

        if (snapshot.HostOnly.TryGetValue(hostWithPort, out var byHost) || snapshot.HostOnly.TryGetValue(hostName, out byHost))
        {
            prefix = "";
            return byHost;
        }

        if (segment.Length > 0 && snapshot.PrefixOnly.TryGetValue(segment, out var byPrefix))
        {
            prefix = segment;
            return byPrefix;
        }

        prefix = "";
        return snapshot.Default;
    }

    private void Rebuild()
    {
        _snapshot = new Snapshot(_host.AllSettings);
    }

    private static string FirstSegment(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value.Length < 2)
        {
            return "";
        }

        var end = value.IndexOf('/', 1);
        return (end < 0 ? value[1..] : value[1..end]).ToLowerInvariant();
    }

    private sealed class Snapshot
    {
        public Snapshot(IEnumerable<ShellSettings> all)
        {
            foreach (var s in all)
            {
                var prefix = s.RequestUrlPrefix.ToLowerInvariant();
                if (s.IsDefault && prefix.Length == 0 && s.RequestUrlHosts.Count == 0)
                {
                    Default = s;
                    continue;
                }

                foreach (var host in s.RequestUrlHosts.Select(h => h.ToLowerInvariant()))
                {
                    if (prefix.Length > 0)
                    {
                        HostAndPrefix[(host, prefix)] = s;
                    }
                    else
                    {
                        HostOnly[host] = s;
                    }
                }

                if (s.RequestUrlHosts.Count == 0 && prefix.Length > 0)
                {
                    PrefixOnly[prefix] = s;
                }
            }
        }

        public ShellSettings? Default { get; }
        public Dictionary<(string Host, string Prefix), ShellSettings> HostAndPrefix { get; } = [];
        public Dictionary<string, ShellSettings> HostOnly { get; } = [];
        public Dictionary<string, ShellSettings> PrefixOnly { get; } = [];
    }
}
