using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Scripting;

namespace ETamkeen.Workflows.Services;

/// <summary>One run of an instance: its type's version, its state, and what its activities need.</summary>
public sealed class WorkflowExecutionContext(
    WorkflowType type,
    WorkflowInstance instance,
    IServiceProvider services,
    TimeProvider clock,
    JavaScriptEvaluator scripts,
    LiquidEvaluator liquid,
    CancellationToken cancellationToken = default)
{
    public WorkflowType Type { get; } = type;
    public WorkflowInstance Instance { get; } = instance;
    public WorkflowState State => Instance.State;
    public IServiceProvider Services { get; } = services;
    public TimeProvider Clock { get; } = clock;
    public JavaScriptEvaluator Scripts { get; } = scripts;
    public LiquidEvaluator Liquid { get; } = liquid;
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Outcomes a script chose with <c>setOutcome()</c>; emptied before each script.</summary>
    public List<string> ScriptOutcomes { get; } = [];

    /// <summary>The activities left waiting by this run; the store writes them with the instance.</summary>
    public List<BlockingActivity> Blocking { get; } = [];

    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;
}
