namespace ETamkeen.Workflows.Scripting;

/// <summary>An expression that failed: the message says which kind and why, for the instance's fault message.</summary>
public sealed class WorkflowScriptException(string message, Exception? inner = null) : Exception(message, inner);
