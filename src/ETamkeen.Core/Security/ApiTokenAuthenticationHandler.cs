using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ETamkeen.Security;

/// <summary>
/// <c>Authorization: Bearer etk_...</c>: a user's own API token, acting with that user's
/// permissions. Without the users feature there is no validator and nobody signs in this way.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string TokenPrefix = "etk_";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer " + TokenPrefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        var validator = Context.RequestServices.GetService<IApiTokenValidator>();
        var principal = validator is null ? null : await validator.ValidateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        return principal is null
            ? AuthenticateResult.Fail("The API token is not valid.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}
