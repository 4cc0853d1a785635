using ETamkeen.Data;

namespace ETamkeen.Security;

/// <summary>A tenant's user account, stored as a document; the users module runs ASP.NET Core Identity over it.</summary>
[DocumentType("User")]
public sealed class User : IDocument
{
    public long Id { get; set; }
    public int Version { get; set; }

    /// <summary>The id content refers to (Owner), as in Orchard; stable across renames.</summary>
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string Email { get; set; } = "";
    public string NormalizedEmail { get; set; } = "";
    public bool EmailConfirmed { get; set; }
    public string PasswordHash { get; set; } = "";

    /// <summary>Changes whenever credentials or rights change: signs the user out elsewhere and voids e-mailed links.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
    public bool IsEnabled { get; set; } = true;
    public List<string> Roles { get; set; } = [];
    public int AccessFailedCount { get; set; }
    public bool LockoutEnabled { get; set; } = true;
    public DateTimeOffset? LockoutEnd { get; set; }
    public DateTimeOffset CreatedUtc { get; set; } = DateTimeOffset.UtcNow;
    public DateTimeOffset? LastLoginUtc { get; set; }

    /// <summary>Personal API tokens; only their SHA-256 is kept.</summary>
    public List<UserApiToken> ApiTokens { get; set; } = [];
}

public sealed class UserApiToken
{
    public string TokenId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";

    /// <summary>The first characters, so the owner can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";
    public DateTimeOffset CreatedUtc { get; set; }
    public DateTimeOffset? ExpiresUtc { get; set; }
    public DateTimeOffset? LastUsedUtc { get; set; }
}
