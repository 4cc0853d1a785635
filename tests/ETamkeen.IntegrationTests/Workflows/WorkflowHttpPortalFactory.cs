using System.Globalization;
using System.Net;
using System.Text;
using ETamkeen.IntegrationTests.Harness;
using Microsoft.AspNetCore.Hosting;
using Xunit;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>
/// The portal with a small HTTP server on 127.0.0.1 for <c>HttpRequestTask</c> to call: the
/// host's allow-list names it and one closed port beside it, nothing else on the machine.
/// </summary>
public sealed class WorkflowHttpPortalFactory : PortalFactory
{
    public LocalHttpServer Remote { get; } = new();

    /// <summary>Allowed, but nothing listens there.</summary>
    public int ClosedPort { get; } = SmtpTestServer.FreePort();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ETamkeen:Workflows:HttpRequest:AllowedHosts:0", $"127.0.0.1:{Remote.Port.ToString(CultureInfo.InvariantCulture)}");
        builder.UseSetting("ETamkeen:Workflows:HttpRequest:AllowedHosts:1", $"127.0.0.1:{ClosedPort.ToString(CultureInfo.InvariantCulture)}");
        builder.UseSetting("ETamkeen:Workflows:HttpRequest:Timeout", "00:00:10");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Remote.Dispose();
        }
    }
}

/// <summary>
/// <c>/status/{code}</c> answers that code with <c>answer {code}: {method} {body}</c>; it keeps
/// what it was sent so that tests can check the headers and body a workflow sent.
/// </summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<string> _received = [];

    public LocalHttpServer()
    {
        Port = SmtpTestServer.FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}{path}";

    public IReadOnlyList<string> Received()
    {
        lock (_received)
        {
            return [.. _received];
        }
    }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            lock (_received)
            {
                _received.Add($"{context.Request.HttpMethod} {context.Request.Url?.PathAndQuery} X-Trace={context.Request.Headers["X-Trace"]} {body}");
            }

            var segments = context.Request.Url?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
            var code = segments is ["status", var text] && int.TryParse(text, out var c) ? c : 200;
            var answer = Encoding.UTF8.GetBytes($"answer {code}: {context.Request.HttpMethod} {body}");
            context.Response.StatusCode = code;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WorkflowHttpCollection : ICollectionFixture<WorkflowHttpPortalFactory>
{
    public const string Name = "Workflow HTTP";
}
