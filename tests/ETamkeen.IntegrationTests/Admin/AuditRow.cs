namespace ETamkeen.IntegrationTests.Admin;

/// <summary>A row of the audit trail page, as a reader sees it.</summary>
internal sealed record AuditRow(DateTime WhenUtc, string Who, string Category, string Action, string Subject, string Details);
