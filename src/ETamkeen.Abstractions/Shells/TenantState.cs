namespace ETamkeen.Shells;

public enum TenantState
{
    /// <summary>Registered, not set up yet.</summary>
    Uninitialized,
    /// <summary>Its setup recipe is running; requests get 503.</summary>
    Initializing,
    Running,
    /// <summary>Switched off by an administrator; requests get 404.</summary>
    Disabled,
    /// <summary>Its settings or database are broken; see <see cref="ShellSettings.InvalidReason"/>.</summary>
    Invalid,
}
