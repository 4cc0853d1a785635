using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ETamkeen.Settings;
using Microsoft.Extensions.Options;

namespace ETamkeen.Workflows.Http;

/// <summary>
/// Decides which hosts <c>HttpRequestTask</c> may reach. Before sending: the host must be in the
/// host's list (<see cref="WorkflowHttpOptions.AllowedHosts"/>) or the tenant's
/// (<c>WorkflowHttpRequestSettings.AllowedHosts</c> in the site settings). When connecting: the
/// name is resolved here and every address checked, and the socket goes to those checked
/// addresses, so that neither a DNS answer that changes (rebinding) nor a proxy reaches a
/// loopback, link-local or private address the host's list doesn't name. A tenant's own list
/// never opens private addresses: one tenant's administrator can't reach the server's network.
/// </summary>
public sealed class HttpRequestGuard(IOptionsMonitor<WorkflowHttpOptions> options)
{
    public const string ClientName = "ETamkeen.Workflows.HttpRequest";
    public const string TenantSettingsKey = "WorkflowHttpRequestSettings";

    public WorkflowHttpOptions Options => options.CurrentValue;

    /// <summary>The host's entries and the tenant's.</summary>
    public async Task<HostAllowList> AllowListAsync(ISiteService? site, CancellationToken cancellationToken)
    {
        var entries = new List<string>(Options.AllowedHosts);
        if (site is not null && (await site.GetAsync(cancellationToken)).Properties.GetValueOrDefault(TenantSettingsKey) is JsonObject settings
            && settings["AllowedHosts"] is JsonArray hosts)
        {
            entries.AddRange(hosts.Select(h => h?.GetValueKind() == System.Text.Json.JsonValueKind.String ? h.GetValue<string>() : "").Where(h => h.Length > 0));
        }

        return new HostAllowList(entries);
    }

    /// <summary>The client's <see cref="SocketsHttpHandler.ConnectCallback"/>.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var (host, port) = (context.DnsEndPoint.Host, context.DnsEndPoint.Port);
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException e)
        {
            throw new HttpRequestException($"could not connect to {host}:{port}: the name does not resolve ({e.Message}).", e);
        }

        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"could not connect to {host}:{port}: the name has no address.");
        }

        var hostList = new HostAllowList(Options.AllowedHosts);
        if (addresses.FirstOrDefault(HostAllowList.IsPrivate) is { } inside && !hostList.ListsExplicitly(host, port))
        {
            throw new HostRefusedException($"host not allowed: {host} is {inside}, a loopback, link-local or private address; only hosts named in {WorkflowHttpOptions.Section}:AllowedHosts may be.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new HttpRequestException($"could not connect to {host}:{port}: {e.Message}", e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
