using ETamkeen.Workflows.Models;

namespace ETamkeen.Workflows.Services;

/// <summary>An instance left Executing by a run that never ended, with what that run was doing.</summary>
public sealed record StuckRun(WorkflowInstance Instance, string? ActivityId, long? BlockingId);
