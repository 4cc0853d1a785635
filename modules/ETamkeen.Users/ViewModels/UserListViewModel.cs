using ETamkeen.Security;

namespace ETamkeen.Users.ViewModels;

public sealed class UserListViewModel
{
    public required IReadOnlyList<User> Users { get; init; }
    public required long Total { get; init; }
    public required int Page { get; init; }
    public required int PageSize { get; init; }
    public string? Query { get; init; }
    public string? Role { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
}
