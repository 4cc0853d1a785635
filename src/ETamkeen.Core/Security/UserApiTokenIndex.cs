using ETamkeen.Data;

namespace ETamkeen.Security;

/// <summary>Finds a token's owner from the token's hash in one indexed lookup.</summary>
public sealed class UserApiTokenIndex : MapIndex
{
    public string TokenHash { get; set; } = "";
}

public sealed class UserApiTokenIndexProvider : IndexProvider<User, UserApiTokenIndex>
{
    protected override IEnumerable<UserApiTokenIndex> Map(User user) =>
        user.ApiTokens.Select(t => new UserApiTokenIndex { TokenHash = t.Hash });
}
