using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using ETamkeen.Data;
using ETamkeen.Security;

namespace ETamkeen.Users.Services;

/// <summary>
/// Personal API tokens: <c>etk_</c> + 32 random bytes, shown once; only the SHA-256 is stored,
/// so a leaked database gives no usable token. A token acts with its owner's current roles.
/// </summary>
public sealed class ApiTokenService(IDocumentSession session, TimeProvider clock) : IApiTokenValidator
{
    public const int MaxTokensPerUser = 20;
    private static readonly TimeSpan LastUseGranularity = TimeSpan.FromHours(1);

    /// <summary>Adds a token to the user (saved by the caller's session) and returns it in clear, the only time it is seen.</summary>
    public static string Issue(User user, string name, DateTimeOffset? expiresUtc, DateTimeOffset now)
    {
        var token = ApiTokenAuthenticationHandler.TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        user.ApiTokens.Add(new UserApiToken
        {
            TokenId = Recipes.Scripting.OrchardId.New(),
            Name = name,
            Hash = Hash(token),
            Prefix = token[..10],
            CreatedUtc = now,
            ExpiresUtc = expiresUtc,
        });
        return token;
    }

    public async Task<ClaimsPrincipal?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        var user = (await session.QueryAsync<User, UserApiTokenIndex>("i.\"TokenHash\" = @hash", new { hash }, take: 1, cancellationToken: cancellationToken)).FirstOrDefault();
        var entry = user?.ApiTokens.Find(t => t.Hash == hash);
        var now = clock.GetUtcNow();
        if (user is null || entry is null || !user.IsEnabled || (user.LockoutEnd is { } end && end > now) || (entry.ExpiresUtc is { } expires && expires <= now))
        {
            return null;
        }

        if (entry.LastUsedUtc is null || now - entry.LastUsedUtc.Value > LastUseGranularity)
        {
            entry.LastUsedUtc = now;
            try
            {
                session.Save(user);
                await session.SaveChangesAsync(cancellationToken);
            }
            catch (ConcurrencyException)
            {
                // Another request recorded the use first; the token is still good.
            }
        }

        return UserPrincipalFactory.Create(user, SystemPrincipal.TokenScheme);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
