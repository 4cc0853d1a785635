using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ETamkeen.Shells;
using ETamkeen.Workflows.Http;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ETamkeen.Trainings.Services;

/// <summary>What an evaluation link carries: who answers, for which session and kind, until when (tenant clock, Unix seconds).</summary>
public sealed record EvaluationToken(string SessionId, long ParticipantId, EvaluationKind Kind, long ExpiresUnix);

/// <summary>What a certificate download link carries.</summary>
public sealed record CertificateToken(string Number, long ExpiresUnix);

/// <summary>Why a link didn't open the form.</summary>
public enum LinkProblem
{
    None,
    Invalid,
    Expired,
}

/// <summary>
/// Signs the links e-mailed to participants with the tenant's data protection keys, under a
/// purpose naming the tenant, so no account is needed and one tenant's link means nothing to
/// another. The expiry is checked twice: by data protection on the machine's clock, and against
/// the tenant's clock (what the programme's calendar and the tests move).
/// </summary>
public sealed class EvaluationLinks(
    IDataProtectionProvider provider,
    ShellSettings shell,
    TimeProvider clock,
    IHttpContextAccessor http,
    IOptions<EvaluationOptions> options,
    IOptions<WorkflowLinkOptions> workflowLinks)
{
    private readonly ITimeLimitedDataProtector _evaluations = provider.CreateProtector("ETamkeen.Trainings.EvaluationLink.v1", shell.Name).ToTimeLimitedDataProtector();
    private readonly ITimeLimitedDataProtector _certificates = provider.CreateProtector("ETamkeen.Trainings.CertificateLink.v1", shell.Name).ToTimeLimitedDataProtector();

    public string Protect(string sessionId, long participantId, EvaluationKind kind)
    {
        var expires = clock.GetUtcNow().AddDays(Math.Max(1, options.Value.EvaluationLinkDays));
        return _evaluations.Protect(JsonSerializer.Serialize(new EvaluationToken(sessionId, participantId, kind, expires.ToUnixTimeSeconds())), Later(expires));
    }

    public (EvaluationToken? Token, LinkProblem Problem) Read(string? token) => Read<EvaluationToken>(_evaluations, token, t => t.ExpiresUnix);

    public string ProtectCertificate(string number, TimeSpan lifeSpan)
    {
        var expires = clock.GetUtcNow() + lifeSpan;
        return _certificates.Protect(JsonSerializer.Serialize(new CertificateToken(number, expires.ToUnixTimeSeconds())), Later(expires));
    }

    public CertificateToken? ReadCertificate(string? token) => Read<CertificateToken>(_certificates, token, t => t.ExpiresUnix) is ({ } found, LinkProblem.None) ? found : null;

    /// <summary>The link's address: the request's own when there is one, else the configured public address, else a path from the site's root.</summary>
    public string Absolute(string path)
    {
        if (http.HttpContext?.Request is { } request && request.Host.HasValue)
        {
            return $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
        }

        if ((options.Value.PublicUrl ?? workflowLinks.Value.PublicUrl) is { Length: > 0 } publicUrl)
        {
            return publicUrl.TrimEnd('/') + path;
        }

        return (shell.RequestUrlPrefix.Length > 0 ? "/" + shell.RequestUrlPrefix : "") + path;
    }

    public string FormUrl(string culture, string token) => Absolute($"/{culture}/trainings/evaluations/{Uri.EscapeDataString(token)}");

    public static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    // The machine's clock may be behind the tenant's: the signed expiry is never earlier than the real one.
    private static DateTimeOffset Later(DateTimeOffset expires) => expires > DateTimeOffset.UtcNow ? expires : DateTimeOffset.UtcNow.AddDays(1);

    private (T? Token, LinkProblem Problem) Read<T>(ITimeLimitedDataProtector protector, string? token, Func<T, long> expiry)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4096)
        {
            return (null, LinkProblem.Invalid);
        }

        T? found;
        try
        {
            found = JsonSerializer.Deserialize<T>(protector.Unprotect(token, out _));
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return (null, LinkProblem.Invalid);
        }

        if (found is null)
        {
            return (null, LinkProblem.Invalid);
        }

        return clock.GetUtcNow().ToUnixTimeSeconds() > expiry(found) ? (found, LinkProblem.Expired) : (found, LinkProblem.None);
    }
}
