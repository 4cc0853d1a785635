using ETamkeen.Tenants.Models;

namespace ETamkeen.Tenants.ViewModels;

public sealed class TenantListViewModel
{
    public required IReadOnlyList<TenantModel> Items { get; init; }
    public int Total { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public string? Query { get; init; }
    public bool RemovalAllowed { get; init; }

    /// <summary>Why the last action was refused, shown above the list.</summary>
    public string? Error { get; init; }
}
