namespace ETamkeen.Trainings.Services;

/// <summary>A certificate row: <see cref="Number"/> is printed, <see cref="Code"/> is what the public verification page answers for.</summary>
public sealed class CertificateRecord
{
    public long Id { get; set; }
    public string Number { get; set; } = "";
    public string Code { get; set; } = "";
    public long ParticipantId { get; set; }
    public string? SessionId { get; set; }
    public string? CertificationPathId { get; set; }
    public DateTime IssuedUtc { get; set; }
    public DateTime? ExpiresUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}

public enum CertificateState
{
    Valid,
    Expired,
    Revoked,
}
