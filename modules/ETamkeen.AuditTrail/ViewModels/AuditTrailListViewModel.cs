using ETamkeen.AuditTrail.Models;

namespace ETamkeen.AuditTrail.ViewModels;

public sealed class AuditTrailListViewModel
{
    public required IReadOnlyList<AuditTrailEntry> Items { get; init; }
    public required long Total { get; init; }
    public required int Page { get; init; }
    public required int PageSize { get; init; }

    /// <summary>The site's time zone: dates are entered and shown in it.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? Category { get; init; }
    public string? User { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Query { get; init; }

    public int RetentionDays { get; init; }
    public bool CanManageRetention { get; init; }

    public int Pages => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone);
}
