using System.Text.Json.Nodes;
using ETamkeen.Workflows.Services;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace ETamkeen.Workflows.Scripting;

/// <summary>
/// Runs the JavaScript of conditions and scripts in a sandbox: no CLR access, and limits on
/// time, statements, memory and recursion, so an administrator's loop can't hold a thread.
/// A script sees the instance through <c>input()</c>, <c>output()</c>, <c>property()</c>,
/// <c>setProperty()</c>, <c>correlationId()</c>, <c>workflowId()</c>, <c>lastResult()</c>
/// and, in a ScriptTask, <c>setOutcome()</c>.
/// </summary>
public sealed class JavaScriptEvaluator
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);
    public const int StatementLimit = 100_000;
    private const long MemoryLimitBytes = 16 * 1024 * 1024;
    private const int RecursionLimit = 64;

    public Task<JsonNode?> EvaluateAsync(string script, WorkflowExecutionContext workflow)
    {
        if (string.IsNullOrWhiteSpace(script))
        {
            return Task.FromResult<JsonNode?>(null);
        }

        using var engine = ETamkeen.Recipes.Scripting.SandboxedJavaScript.Create(TimeLimit, StatementLimit, MemoryLimitBytes, RecursionLimit);
        var state = workflow.State;
        Define(engine, "input", args => ToJs(engine, Named(state.Input, args)));
        Define(engine, "output", args =>
        {
            if (args.Length > 1)
            {
                state.Output[Name(args)] = ToJson(engine, args[1]);
                return JsValue.Undefined;
            }

            return ToJs(engine, Named(state.Output, args));
        });
        Define(engine, "property", args => ToJs(engine, Named(state.Properties, args)));
        Define(engine, "setProperty", args =>
        {
            state.Properties[Name(args)] = args.Length > 1 ? ToJson(engine, args[1]) : null;
            return JsValue.Undefined;
        });
        Define(engine, "correlationId", _ => workflow.Instance.CorrelationId);
        Define(engine, "workflowId", _ => workflow.Instance.WorkflowId);
        Define(engine, "lastResult", _ => ToJs(engine, state.LastResult));
        Define(engine, "setOutcome", args =>
        {
            workflow.ScriptOutcomes.Add(Name(args));
            return JsValue.Undefined;
        });

        try
        {
            return Task.FromResult(ToJson(engine, engine.Evaluate(script)));
        }
        catch (Exception e) when (e is JintException or JavaScriptException or TimeoutException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            throw new WorkflowScriptException("JavaScript error: " + Reason(e), e);
        }
    }

    /// <summary>JavaScript's own truthiness: <c>0</c>, <c>""</c>, <c>null</c> and <c>false</c> are false.</summary>
    public static bool IsTruthy(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<double>(out var d) => d != 0 && !double.IsNaN(d),
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0,
        _ => true,
    };

    private static string Reason(Exception e) => e switch
    {
        TimeoutException => $"the script ran longer than the {TimeLimit.TotalSeconds} s limit.",
        StatementsCountOverflowException => $"the script ran more than the {StatementLimit} statements allowed.",
        MemoryLimitExceededException => "the script used more memory than allowed.",
        RecursionDepthOverflowException => $"the script nested calls deeper than the {RecursionLimit} allowed.",
        _ => e.Message,
    };

    private static void Define(Engine engine, string name, Func<JsValue[], JsValue> body) =>
        engine.SetValue(name, new ClrFunction(engine, name, (_, args) => body(args)));

    private static string Name(JsValue[] args) =>
        args.Length > 0 && !args[0].IsNull() && !args[0].IsUndefined() ? TypeConverter.ToString(args[0]) : throw new WorkflowScriptException("JavaScript error: a name is needed.");

    /// <summary>With a name, that entry; without one, the whole object.</summary>
    private static JsonNode? Named(JsonObject values, JsValue[] args) => args.Length == 0 ? values : values[Name(args)];

    private static JsValue ToJs(Engine engine, JsonNode? node) => node switch
    {
        null => JsValue.Null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => new JsonParser(engine).Parse(node.ToJsonString()),
    };

    private static JsonNode? ToJson(Engine engine, JsValue value)
    {
        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }

        if (value.IsString())
        {
            return JsonValue.Create(value.AsString());
        }

        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }

        if (value.IsNumber())
        {
            var number = value.AsNumber();
            return double.IsFinite(number) ? (number == Math.Floor(number) && Math.Abs(number) < 1e15 ? JsonValue.Create((long)number) : JsonValue.Create(number)) : null;
        }

        var json = new JsonSerializer(engine).Serialize(value);
        return json.IsString() ? JsonNode.Parse(json.AsString()) : null;
    }
}
