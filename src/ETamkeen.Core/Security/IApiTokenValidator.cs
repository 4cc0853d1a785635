using System.Security.Claims;

namespace ETamkeen.Security;

/// <summary>Turns a user's API token into their principal; the users feature provides it.</summary>
public interface IApiTokenValidator
{
    /// <summary>The token owner's principal, or null when the token is unknown, expired, revoked or its user disabled.</summary>
    Task<ClaimsPrincipal?> ValidateAsync(string token, CancellationToken cancellationToken);
}
