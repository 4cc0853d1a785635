namespace ETamkeen.Tenants.ViewModels;

public sealed class TenantRemoveViewModel
{
    public required string Name { get; init; }

    /// <summary>Why removal is refused (Default, or switched off); the page then offers no form.</summary>
    public string? Refused { get; init; }
}
