namespace ETamkeen.Workflows.Http;

/// <summary><c>ETamkeen:Workflows:Links</c> in configuration: the signed links workflows hand out.</summary>
public sealed class WorkflowLinkOptions
{
    public const string Section = "ETamkeen:Workflows:Links";

    /// <summary>
    /// The tenant's public address (with its prefix), for links made outside any request (a
    /// timer's e-mail); within a request the request's own address is used.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>How long a user task's e-mail link can be used.</summary>
    public TimeSpan UserTaskLinkLifeSpan { get; set; } = TimeSpan.FromDays(7);
}
