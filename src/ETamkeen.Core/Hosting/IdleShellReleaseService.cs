using ETamkeen.Shells;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ETamkeen.Hosting;

/// <summary>Frees the memory of tenants nobody visits; their next request builds them again.</summary>
public sealed class IdleShellReleaseService(ShellHost host, IOptionsMonitor<ShellOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var current = options.CurrentValue;
            try
            {
                await Task.Delay(current.IdleCheckInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (current.IdleTimeout > TimeSpan.Zero)
            {
                await host.ReleaseIdleAsync(current.IdleTimeout);
            }
        }
    }
}
