namespace ETamkeen.AuditTrail;

/// <summary>
/// The tenant's log of admin actions (Orchard's <c>OrchardCore.AuditTrail</c>). The caller says
/// what happened; who, when, from where and on which tenant are filled in from the request.
/// Registered only where the audit trail feature is enabled: record through
/// <see cref="AuditTrailExtensions"/>, which does nothing when it isn't.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Stores the event. A failure to store it is logged, never thrown: the action it records already happened.</summary>
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}
