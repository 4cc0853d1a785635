using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Workflows.Services;
using Scriban;
using Scriban.Runtime;

namespace ETamkeen.Workflows.Scripting;

/// <summary>
/// Renders the Liquid of texts (e-mail bodies, log lines, content properties) with Scriban in
/// Liquid mode, over JSON only: <c>Workflow.Input</c>, <c>.Output</c>, <c>.Properties</c>,
/// <c>.CorrelationId</c>, <c>.WorkflowId</c>, <c>.LastResult</c>, and <c>ContentItem</c> when the
/// input carries one (as Orchard's workflows offer it). Loop, size and time limits apply.
/// </summary>
public sealed class LiquidEvaluator
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    public async Task<string> RenderAsync(string text, WorkflowExecutionContext workflow)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains("{{", StringComparison.Ordinal) && !text.Contains("{%", StringComparison.Ordinal))
        {
            return text ?? "";
        }

        var template = Template.ParseLiquid(text);
        if (template.HasErrors)
        {
            throw new WorkflowScriptException("Liquid error: " + string.Join("; ", template.Messages));
        }

        var state = workflow.State;
        var globals = new ScriptObject
        {
            ["Workflow"] = new ScriptObject
            {
                ["Input"] = ETamkeen.Contents.Templates.LiquidModel.ToScript(state.Input),
                ["Output"] = ETamkeen.Contents.Templates.LiquidModel.ToScript(state.Output),
                ["Properties"] = ETamkeen.Contents.Templates.LiquidModel.ToScript(state.Properties),
                ["LastResult"] = ETamkeen.Contents.Templates.LiquidModel.ToScript(state.LastResult),
                ["CorrelationId"] = workflow.Instance.CorrelationId,
                ["WorkflowId"] = workflow.Instance.WorkflowId,
            },
        };
        if (state.Input["ContentItem"] is JsonObject item)
        {
            globals["ContentItem"] = ETamkeen.Contents.Templates.LiquidModel.ToScript(item);
        }

        foreach (var extension in workflow.Services.GetService(typeof(IEnumerable<IWorkflowLiquidExtension>)) as IEnumerable<IWorkflowLiquidExtension> ?? [])
        {
            extension.Extend(globals, workflow);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(workflow.CancellationToken);
        timeout.CancelAfter(TimeLimit);
        var context = new LiquidTemplateContext
        {
            LoopLimit = 10_000,
            RecursiveLimit = 20,
            LimitToString = 64 * 1024,
            OutputLimit = 256 * 1024,
            OnOutputLimit = Scriban.ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromMilliseconds(200),
            StrictVariables = false,
            CancellationToken = timeout.Token,
        };
        context.PushGlobal(globals);
        try
        {
            return await template.RenderAsync(context) ?? "";
        }
        catch (Exception e) when (e is not OperationCanceledException || !workflow.CancellationToken.IsCancellationRequested)
        {
            throw new WorkflowScriptException("Liquid error: " + e.Message, e);
        }
    }
}
