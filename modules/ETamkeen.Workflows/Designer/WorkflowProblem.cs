namespace ETamkeen.Workflows.Designer;

/// <summary>
/// What the designer shows beside a box (<see cref="ActivityId"/>) or above the canvas (null).
/// Errors block the save; warnings (an outcome leading nowhere) are shown and the type is stored.
/// </summary>
public sealed record WorkflowProblem(string? ActivityId, string Severity, string Message)
{
    public const string Error = "error";
    public const string Warning = "warning";

    public bool IsError => Severity == Error;
}
