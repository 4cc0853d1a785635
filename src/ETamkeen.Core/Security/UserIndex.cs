using ETamkeen.Data;

namespace ETamkeen.Security;

public sealed class UserIndex : MapIndex
{
    public string UserId { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string NormalizedEmail { get; set; } = "";
    public bool IsEnabled { get; set; }
}

public sealed class UserIndexProvider : IndexProvider<User, UserIndex>
{
    protected override IEnumerable<UserIndex> Map(User user) =>
    [
        new UserIndex
        {
            UserId = user.UserId,
            NormalizedUserName = Normalize(user.NormalizedUserName, user.UserName),
            NormalizedEmail = Normalize(user.NormalizedEmail, user.Email),
            IsEnabled = user.IsEnabled,
        },
    ];

    // Accounts stored before Identity kept no normalized names.
    private static string Normalize(string normalized, string raw) => normalized.Length > 0 ? normalized : raw.ToUpperInvariant();
}
