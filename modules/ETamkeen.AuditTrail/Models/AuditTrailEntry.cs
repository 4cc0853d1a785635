namespace ETamkeen.AuditTrail.Models;

/// <summary>A stored event: a row of <c>AuditTrailEvent</c>.</summary>
public sealed class AuditTrailEntry
{
    public long Id { get; set; }

    /// <summary>UTC; the column has no kind, so it is read back as <see cref="DateTimeKind.Unspecified"/> and marked here.</summary>
    public DateTime CreatedUtc
    {
        get;
        set => field = DateTime.SpecifyKind(value, DateTimeKind.Utc);
    }

    public string Tenant { get; set; } = "";
    public string Category { get; set; } = "";
    public string Action { get; set; } = "";
    public string Subject { get; set; } = "";
    public string? SubjectDisplay { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string? ClientIp { get; set; }
    public string? Details { get; set; }
}
