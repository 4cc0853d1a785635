using ETamkeen.Data;

namespace ETamkeen.Security;

/// <summary>A tenant's user account, stored as a document (the users module builds Identity on it).</summary>
[DocumentType("User")]
public sealed class User : IDocument
{
    public long Id { get; set; }
    public int Version { get; set; }
    /// <summary>The id content refers to (Owner), as in Orchard; stable across renames.</summary>
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string Email { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public bool IsEnabled { get; set; } = true;
    public List<string> Roles { get; set; } = [];
    public DateTimeOffset CreatedUtc { get; set; } = DateTimeOffset.UtcNow;
}
