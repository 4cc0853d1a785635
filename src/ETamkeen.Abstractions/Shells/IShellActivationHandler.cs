namespace ETamkeen.Shells;

/// <summary>Runs once each time a tenant's shell is built, before its first request is served.</summary>
public interface IShellActivationHandler
{
    Task ActivatedAsync(CancellationToken cancellationToken);
}
