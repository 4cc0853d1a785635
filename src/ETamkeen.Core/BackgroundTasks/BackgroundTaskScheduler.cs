using System.Collections.Concurrent;
using ETamkeen.Shells;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ETamkeen.BackgroundTasks;

/// <summary>
/// Runs each built, running tenant's <see cref="IBackgroundTask"/>s every interval. Tenants run
/// side by side, a tenant's tasks one at a time; a tenant still busy from the last tick is
/// skipped rather than queued. The shell is leased for the run, so a feature change waits for it
/// instead of disposing services under it, without counting as a visit (idle tenants are still
/// released); a failing task is logged and the next one runs.
/// </summary>
public sealed class BackgroundTaskScheduler(
    ShellHost host,
    IOptionsMonitor<BackgroundTaskOptions> options,
    ILogger<BackgroundTaskScheduler> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.OrdinalIgnoreCase);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var interval = options.CurrentValue.Interval;
            try
            {
                await Task.Delay(interval > TimeSpan.Zero ? interval : TimeSpan.FromMinutes(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (interval <= TimeSpan.Zero)
            {
                continue;
            }

            foreach (var shell in host.BuiltShells.Where(s => !s.IsReleased && s.Settings.State == TenantState.Running))
            {
                var name = shell.Settings.Name;
                if (_running.TryGetValue(name, out var busy) && !busy.IsCompleted)
                {
                    continue;
                }

                _running[name] = RunTenantAsync(shell, stoppingToken);
            }
        }

        await Task.WhenAll(_running.Values);
    }

    private async Task RunTenantAsync(ShellContext shell, CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (!shell.TryAcquire(touch: false))
        {
            return;
        }

        try
        {
            await using var scope = shell.Services.CreateAsyncScope();
            foreach (var task in scope.ServiceProvider.GetServices<IBackgroundTask>())
            {
                if (stoppingToken.IsCancellationRequested || shell.IsReleased)
                {
                    break;
                }

                try
                {
                    await task.ExecuteAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(e, "Background task {Task} of tenant {Tenant} failed", task.Name, shell.Settings.Name);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Background tasks of tenant {Tenant} could not start", shell.Settings.Name);
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
        finally
        {
            await shell.ReleaseLeaseAsync();
        }
    }
}
