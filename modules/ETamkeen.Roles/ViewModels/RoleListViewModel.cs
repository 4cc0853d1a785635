namespace ETamkeen.Roles.ViewModels;

public sealed class RoleListViewModel
{
    public IReadOnlyList<RoleRowViewModel> Roles { get; init; } = [];

    /// <summary>Why the last action was refused (a standard role, a concurrent change).</summary>
    public string? Error { get; init; }
}

/// <summary>A role in the list; <see cref="Members"/> is null for the implicit roles nobody is assigned to.</summary>
public sealed record RoleRowViewModel(string Name, string Description, bool IsStandard, long? Members);
