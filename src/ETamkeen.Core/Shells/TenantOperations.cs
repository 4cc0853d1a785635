using ETamkeen.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace ETamkeen.Shells;

/// <summary>
/// Changes to an existing tenant, with the rules the API, the admin and the CLI share: routing,
/// disable and enable, removal. Creating one is <see cref="TenantSetupService"/>'s.
/// </summary>
public sealed class TenantOperations(ShellHost host, AppDataPaths paths, IConfiguration configuration)
{
    public const string AllowRemovalSetting = "ETamkeen:Tenants:AllowRemoval";

    /// <summary>A portal may forbid removal outright (data kept for audits); allowed unless set to false.</summary>
    public bool RemovalAllowed => configuration.GetValue(AllowRemovalSetting, true);

    public async Task<TenantOutcome> EditRoutingAsync(string name, string? urlPrefix, IEnumerable<string>? hostNames, CancellationToken cancellationToken = default)
    {
        if (host.Find(name) is not { } current)
        {
            return TenantOutcome.NotFound(name);
        }

        var changed = current.Clone();
        changed.RequestUrlPrefix = urlPrefix is null ? current.RequestUrlPrefix : NormalizePrefix(urlPrefix);
        changed.RequestUrlHosts = hostNames is null ? current.RequestUrlHosts : NormalizeHosts(hostNames);
        var errors = ShellSettingsValidator.Validate(changed);
        if (current.IsDefault && changed.RequestUrlPrefix.Length > 0)
        {
            errors["urlPrefix"] = ["The Default tenant answers without a prefix."];
        }

        if (errors.Count > 0)
        {
            return new TenantOutcome(StatusCodes.Status400BadRequest, Message: "The request is not valid.", Errors: errors);
        }

        return await host.TryUpdateRoutingAsync(changed, cancellationToken) is { } clash
            ? TenantOutcome.Fail(StatusCodes.Status409Conflict, "Tenant '{0}' already answers on that prefix and host.", clash)
            : TenantOutcome.Done(changed);
    }

    public async Task<TenantOutcome> SetEnabledAsync(string name, bool enabled, CancellationToken cancellationToken = default)
    {
        if (host.GetSettings(name) is not { State: TenantState.Running or TenantState.Disabled or TenantState.Invalid } current)
        {
            return TenantOutcome.NotFound(name);
        }

        if (current.IsDefault && !enabled)
        {
            return TenantOutcome.Fail(StatusCodes.Status400BadRequest, "The Default tenant can't be disabled.");
        }

        var changed = current.Clone();
        changed.State = enabled ? TenantState.Running : TenantState.Disabled;
        changed.InvalidReason = null;
        await host.SaveAsync(changed, cancellationToken);

        // Enabling re-reads the settings: a tenant still broken comes back Invalid with the reason.
        return TenantOutcome.Done(host.GetSettings(name)!);
    }

    /// <summary>Forgets the tenant and drops its database and folder.</summary>
    public async Task<TenantOutcome> RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        if (host.Find(name) is not { } current)
        {
            return TenantOutcome.NotFound(name);
        }

        if (RemovalRefused(current) is { } refused)
        {
            return refused;
        }

        await host.RemoveAsync(name, cancellationToken);
        await TenantDatabase.DropAsync(current, paths, cancellationToken);
        return new TenantOutcome(StatusCodes.Status204NoContent, current);
    }

    /// <summary>Why the tenant can't be removed, or null when it can (asked before a confirmation is even shown).</summary>
    public TenantOutcome? RemovalRefused(ShellSettings tenant) =>
        tenant.IsDefault ? TenantOutcome.Fail(StatusCodes.Status400BadRequest, "The Default tenant can't be removed.")
        : !RemovalAllowed ? TenantOutcome.Fail(StatusCodes.Status403Forbidden, "Removing tenants is switched off on this portal ({0}).", AllowRemovalSetting)
        : null;

    public static string NormalizePrefix(string? prefix) => prefix?.Trim().Trim('/').ToLowerInvariant() ?? "";

    public static List<string> NormalizeHosts(IEnumerable<string>? hostNames) =>
        [.. (hostNames ?? []).Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).Distinct()];
}
