namespace ETamkeen.Shells;

/// <summary>Runs in the new tenant after its setup recipe, inside the same all-or-nothing setup.</summary>
public interface ITenantSetupHandler
{
    /// <param name="parameters">The recipe's parameters, including the <c>AdminUserId</c> its content names as owner.</param>
    Task SetupAsync(TenantSetupRequest request, IReadOnlyDictionary<string, string?> parameters, CancellationToken cancellationToken);
}
