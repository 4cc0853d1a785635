using ETamkeen.Data;
using ETamkeen.Security;
using Microsoft.AspNetCore.Identity;

namespace ETamkeen.Users.Services;

/// <summary>The tenant's accounts, found by user name or e-mail through the user index.</summary>
public sealed class UserStore(IDocumentSession session)
{
    private static readonly PasswordHasher<User> Hasher = new();

    public async Task<User?> FindAsync(string userNameOrEmail)
    {
        var key = userNameOrEmail.Trim().ToUpperInvariant();
        return (await session.QueryAsync<User, UserIndex>(
            "i.\"NormalizedUserName\" = @key OR i.\"NormalizedEmail\" = @key", new { key }, take: 1)).FirstOrDefault();
    }

    /// <summary>The account when the password is right and the account enabled; null otherwise, whichever failed.</summary>
    public async Task<User?> CheckAsync(string userNameOrEmail, string password)
    {
        var user = await FindAsync(userNameOrEmail);
        if (user is null)
        {
            // Same work either way, so timing doesn't tell which names exist.
            Hasher.VerifyHashedPassword(new User(), DummyHash, password);
            return null;
        }

        var verdict = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed || !user.IsEnabled)
        {
            return null;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = Hasher.HashPassword(user, password);
            session.Save(user);
            await session.SaveChangesAsync();
        }

        return user;
    }

    private static readonly string DummyHash = Hasher.HashPassword(new User(), "not-a-password-" + Guid.NewGuid());
}
