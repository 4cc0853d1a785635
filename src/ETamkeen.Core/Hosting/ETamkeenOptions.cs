namespace ETamkeen.Hosting;

/// <summary><c>ETamkeen:Shells</c> in configuration.</summary>
public sealed class ShellOptions
{
    /// <summary>A tenant with no request for this long is released; zero keeps every tenant built.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often idle tenants are looked for.</summary>
    public TimeSpan IdleCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
