using ETamkeen.Recipes;
using ETamkeen.Shells;

namespace ETamkeen.Tenants.ViewModels;

public sealed class TenantCreateViewModel
{
    /// <summary>What was typed, in the API's request: its field names are the ones setup's errors use.</summary>
    public required TenantSetupRequest Form { get; init; }

    /// <summary>The recipes shipped with the host, as the API accepts them by name.</summary>
    public required IReadOnlyList<RecipeInfo> Recipes { get; init; }
}
