using ETamkeen.Workflows.Services;
using Scriban.Runtime;

namespace ETamkeen.Workflows.Scripting;

/// <summary>Adds functions or values to the Liquid of one run (e.g. <c>user_task_url</c>); registered as scoped services.</summary>
public interface IWorkflowLiquidExtension
{
    void Extend(ScriptObject globals, WorkflowExecutionContext workflow);
}
