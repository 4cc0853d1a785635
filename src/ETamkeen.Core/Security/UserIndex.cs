using ETamkeen.Data;

namespace ETamkeen.Security;

public sealed class UserIndex : MapIndex
{
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
            NormalizedUserName = user.UserName.ToUpperInvariant(),
            NormalizedEmail = user.Email.ToUpperInvariant(),
            IsEnabled = user.IsEnabled,
        },
    ];
}
