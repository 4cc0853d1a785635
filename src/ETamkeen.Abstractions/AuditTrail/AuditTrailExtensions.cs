using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.AuditTrail;

/// <summary>
/// One-line recording that works whether or not the audit trail feature is enabled: a module
/// takes <c>IEnumerable&lt;IAuditTrail&gt;</c> (empty when the feature is off, so nothing is
/// registered by the kernel and no module needs an <c>if</c>) and calls
/// <c>await audit.RecordAsync(new AuditEvent(...))</c>; code holding only a service provider
/// (an endpoint's <c>HttpContext.RequestServices</c>) calls <c>RecordAuditAsync</c>.
/// </summary>
public static class AuditTrailExtensions
{
    public static async Task RecordAsync(this IEnumerable<IAuditTrail> trails, AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        foreach (var trail in trails)
        {
            await trail.RecordAsync(auditEvent, cancellationToken);
        }
    }

    public static Task RecordAuditAsync(this IServiceProvider services, AuditEvent auditEvent, CancellationToken cancellationToken = default) =>
        services.GetServices<IAuditTrail>().RecordAsync(auditEvent, cancellationToken);
}
