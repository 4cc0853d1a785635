using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace ETamkeen.IntegrationTests.Harness;

/// <summary>
/// A real SMTP server on the loopback: Debian's aiosmtpd writing every message it accepts to a
/// Maildir, read back with MimeKit. One serves many tests: each sends to addresses of its own
/// (<see cref="NewAddress"/>) and waits for those. As an xunit fixture, or <c>new</c> in a test
/// that needs a second server; dispose stops it.
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    /// <summary>Debian's interpreter, which has python3-aiosmtpd; the pyenv one on PATH doesn't.</summary>
    private const string Python = "/usr/bin/python3";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly ConcurrentDictionary<string, MimeMessage> _read = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly Process _process;

    public SmtpTestServer()
    {
        Maildir = Path.Combine(Path.GetTempPath(), "etk-smtp", Guid.NewGuid().ToString("N"));

        // Python's Maildir makes its folders only when the path doesn't exist yet; made here, always.
        foreach (var folder in new[] { "new", "cur", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(Maildir, folder));
        }

        // The free port is found by binding and released before aiosmtpd takes it; another
        // process may take it in between, so a server that doesn't come up is tried again.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            _errors.Clear();
            _process = Start(Port, Maildir);
            if (WaitUntilListening(_process, Port, out var failure))
            {
                // A test run stopped early (Ctrl+C, a time limit) must not leave the server behind.
                AppDomain.CurrentDomain.ProcessExit += StopOnExit;
                return;
            }

            Stop(_process);
            if (attempt == 3)
            {
                throw new InvalidOperationException($"aiosmtpd did not start on 127.0.0.1:{Port}: {failure} (is python3-aiosmtpd installed? scripts/test.sh installs it)");
            }
        }
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    /// <summary>Where messages land: <c>new/</c>, or <c>cur/</c> once something read them as a mail client would.</summary>
    public string Maildir { get; }

    /// <summary>An address nobody else sends to, so that a test finds its own messages among all the server got.</summary>
    public static string NewAddress(string hint = "user") => $"{hint}-{Guid.NewGuid():N}@tests.etamkeen.ma";

    /// <summary>Every address the message was delivered to: the envelope's (Bcc included), and To and Cc.</summary>
    public static IReadOnlySet<string> RecipientsOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);

        // aiosmtpd's Mailbox handler records the envelope in X-RcptTo, one header, comma-separated.
        var envelope = message.Headers.Where(h => h.Field == "X-RcptTo").SelectMany(h => h.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        var headers = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(m => m.Address);
        return envelope.Concat(headers).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var files = new[] { "new", "cur" }
            .Select(folder => Path.Combine(Maildir, folder))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .ToList();
        var messages = new List<MimeMessage>();
        foreach (var file in files)
        {
            if (TryRead(file) is { } message)
            {
                messages.Add(message);
            }
        }

        return [.. messages.OrderBy(m => m.Date)];
    }

    /// <summary>The messages received so far for <paramref name="address"/> (none is a valid answer: for "nothing was sent").</summary>
    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        [.. Messages().Where(m => RecipientsOf(m).Contains(address))];

    /// <summary>The first message that matches, once it has arrived; a <see cref="TimeoutException"/> listing what did arrive otherwise.</summary>
    public async Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> match, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(match);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var messages = Messages();
            if (messages.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (deadline.Elapsed > timeout)
            {
                var seen = string.Join("; ", messages.TakeLast(10).Select(m => $"\"{m.Subject}\" to {string.Join(",", RecipientsOf(m))}"));
                throw new TimeoutException($"No matching message on {Host}:{Port} within {timeout.TotalSeconds:0.#} s. {messages.Count} received{(seen.Length > 0 ? ", last: " + seen : "")}.");
            }

            await Task.Delay(100);
        }
    }

    public Task<MimeMessage> WaitForMessageToAsync(string address, TimeSpan? timeout = null) =>
        WaitForMessageAsync(m => RecipientsOf(m).Contains(address), timeout ?? TimeSpan.FromSeconds(15));

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= StopOnExit;
        Stop(_process);
        try
        {
            Directory.Delete(Maildir, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp cleanup.
        }
    }

    private void StopOnExit(object? sender, EventArgs e) => Stop(_process);

    private MimeMessage? TryRead(string file)
    {
        if (_read.TryGetValue(file, out var known))
        {
            return known;
        }

        try
        {
            // Maildir writes to tmp/ and renames into new/, so a file seen there is whole.
            var message = MimeMessage.Load(file);
            return _read.GetOrAdd(file, message);
        }
        catch (IOException)
        {
            // Moved from new/ to cur/ meanwhile: read on the next pass under its new name.
            return null;
        }
    }

    private Process Start(int port, string maildir)
    {
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} is missing: the SMTP harness runs Debian's python3 with python3-aiosmtpd.");
        }

        var start = new ProcessStartInfo(Python)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");

        // Drained so that a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => _errors.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private bool WaitUntilListening(Process process, int port, out string failure)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                failure = $"exited with {process.ExitCode}: {string.Join(" ", _errors.TakeLast(5))}";
                return false;
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                failure = "";
                return true;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        failure = $"not listening after {StartTimeout.TotalSeconds:0} s";
        return false;
    }

    /// <summary>A loopback port nothing listens on now: where a connection is refused at once.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
        }
    }
}
