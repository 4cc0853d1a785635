namespace ETamkeen.Workflows.Models;

/// <summary>
/// A row of <c>WorkflowBlockingActivity</c>: an instance waiting at an event. Events find the
/// instances to resume by <see cref="ActivityName"/> and <see cref="CorrelationId"/> without
/// reading any instance; timers and delays by <see cref="DueUtc"/>; user tasks by <see cref="Roles"/>
/// and <see cref="Users"/>.
/// </summary>
public sealed class BlockingActivity
{
    public long Id { get; set; }
    public string WorkflowId { get; set; } = "";
    public string WorkflowTypeId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityName { get; set; } = "";
    public string CorrelationId { get; set; } = "";
    public DateTime? DueUtc { get; set; }

    /// <summary>For user tasks: <c>|Role|Role|</c>, so that a LIKE finds a role's tasks.</summary>
    public string Roles { get; set; } = "";

    /// <summary>For user tasks: <c>|name|name|</c>, the user names that may act besides the roles.</summary>
    public string Users { get; set; } = "";
    public DateTime CreatedUtc { get; set; }

    /// <summary>Whether a user with these roles and this name may act on this user task (administrators may act on all).</summary>
    public bool IsFor(IEnumerable<string> roles, string? userName, bool administrator) =>
        administrator
        || roles.Any(role => Roles.Contains("|" + role + "|", StringComparison.OrdinalIgnoreCase))
        || !string.IsNullOrEmpty(userName) && Users.Contains("|" + userName + "|", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>|a|b|</c> form of a list, empty for none.</summary>
    public static string Joined(IReadOnlyCollection<string> names) => names.Count == 0 ? "" : "|" + string.Join("|", names) + "|";

    public static string[] Split(string joined) => joined.Trim('|').Split('|', StringSplitOptions.RemoveEmptyEntries);
}
