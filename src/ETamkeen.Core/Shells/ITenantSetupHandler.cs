namespace ETamkeen.Shells;

/// <summary>Runs in the new tenant after its setup recipe, inside the same all-or-nothing setup.</summary>
public interface ITenantSetupHandler
{
    Task SetupAsync(TenantSetupRequest request, CancellationToken cancellationToken);
}
