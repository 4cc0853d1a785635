namespace ETamkeen.AuditTrail.Models;

/// <summary>What the admin list asks for; <see cref="ToUtc"/> is exclusive.</summary>
public sealed record AuditTrailFilter(string? Category = null, string? User = null, DateTime? FromUtc = null, DateTime? ToUtc = null, string? Text = null);
