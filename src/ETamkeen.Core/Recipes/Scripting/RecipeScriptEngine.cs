using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace ETamkeen.Recipes.Scripting;

/// <summary>
/// The Jint sandbox behind <c>[js: ...]</c>: only the recipe functions, no CLR access, and
/// limits on time, statements, memory and recursion, because recipes can be uploaded by a
/// tenant administrator and run inside the host process.
/// </summary>
internal sealed class RecipeScriptEngine : IDisposable
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);
    public const int StatementLimit = 100_000;
    public const long MemoryLimitBytes = 32 * 1024 * 1024;
    public const int RecursionLimit = 64;

    // Scripts are echoed in error messages; an embedded base64 template would drown the reason.
    private const int MaxScriptEcho = 300;

    private readonly Engine _engine;
    private readonly Dictionary<string, string?> _parameters;
    private readonly Func<string, string?> _configuration;
    private readonly Func<string, JsonNode?> _variable;

    public RecipeScriptEngine(
        IReadOnlyDictionary<string, string?> parameters,
        Func<string, string?> configuration,
        Func<string, JsonNode?> variable)
    {
        _parameters = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in parameters)
        {
            _parameters[name] = value;
        }

        _configuration = configuration;
        _variable = variable;
        _engine = SandboxedJavaScript.Create(TimeLimit, StatementLimit, MemoryLimitBytes, RecursionLimit);

        Define("uuid", (_, _) => OrchardId.New());
        Define("base64", (_, args) => Base64(Arg(args, 0)));
        Define("variables", (_, args) => Variable(Arg(args, 0)));
        Define("parameters", (_, args) => Parameter(Arg(args, 0)));
        Define("configuration", (_, args) => Configuration(Arg(args, 0), Arg(args, 1)));
    }

    /// <summary>Where functions report non-fatal problems while an expression runs.</summary>
    public ICollection<string> Warnings { get; set; } = [];

    public JsonNode? Evaluate(string script)
    {
        try
        {
            var result = _engine.Evaluate(script);
            if (result.IsNull() || result.IsUndefined())
            {
                return null;
            }

            if (result.IsString())
            {
                return JsonValue.Create(result.AsString());
            }

            if (result.IsNumber() && !double.IsFinite(result.AsNumber()))
            {
                Warnings.Add($"The expression [js:{Echo(script)}] gave {result}, which JSON can't hold. The value is null.");
                return null;
            }

            // Serialising in JavaScript keeps its rules (dates as ISO text, functions dropped),
            // and parsing the text back gives the same kind of nodes as the rest of the recipe.
            var json = new JsonSerializer(_engine).Serialize(result);
            return json.IsString() ? JsonNode.Parse(json.AsString()) : null;
        }
        catch (Exception e) when (e is JintException or TimeoutException or RecipeException)
        {
            throw new RecipeException($"The expression [js:{Echo(script)}] failed: {Reason(e)}", inner: e);
        }
    }

    public void Dispose() => _engine.Dispose();

    private static string Reason(Exception e) => e switch
    {
        RegexMatchTimeoutException => $"a regular expression ran longer than the {TimeLimit.TotalSeconds} s limit.",
        TimeoutException => $"it ran longer than the {TimeLimit.TotalSeconds} s limit.",
        StatementsCountOverflowException => $"it ran more than the {StatementLimit} statements allowed. {e.Message}",
        MemoryLimitExceededException => $"it used more than the {MemoryLimitBytes / (1024 * 1024)} MB allowed. {e.Message}",
        RecursionDepthOverflowException => $"it nested calls deeper than the {RecursionLimit} allowed. {e.Message}",
        _ => e.Message,
    };

    private static string Echo(string script) =>
        script.Length <= MaxScriptEcho ? script : string.Concat(script.AsSpan(0, MaxScriptEcho), "…");

    private static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    private static string? Text(JsValue value) =>
        value.IsNull() || value.IsUndefined() ? null : TypeConverter.ToString(value);

    private void Define(string name, Func<JsValue, JsValue[], JsValue> body) =>
        _engine.SetValue(name, new ClrFunction(_engine, name, body));

    private static JsValue Base64(JsValue value)
    {
        if (Text(value) is not { } encoded)
        {
            return JsValue.Null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(encoded);
        }
        catch (FormatException)
        {
            throw new RecipeException("base64() was given text that is not Base64.");
        }

        // Templates are often saved with a byte order mark; it must not end up in the content.
        var text = Encoding.UTF8.GetString(bytes);
        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }

    private JsValue Variable(JsValue name)
    {
        var key = Text(name) ?? throw new RecipeException("variables() needs the name of a variable.");
        return ToJs(_variable(key));
    }

    private JsValue Parameter(JsValue name)
    {
        var key = Text(name) ?? throw new RecipeException("parameters() needs the name of a parameter.");
        if (_parameters.TryGetValue(key, out var value))
        {
            return value is null ? JsValue.Null : value;
        }

        var warning = $"Recipe parameter '{key}' was not given; parameters('{key}') is null.";
        if (!Warnings.Contains(warning))
        {
            Warnings.Add(warning);
        }

        return JsValue.Null;
    }

    private JsValue Configuration(JsValue key, JsValue fallback)
    {
        var name = Text(key) ?? throw new RecipeException("configuration() needs a configuration key.");
        return _configuration(name) is { } value ? value : fallback.IsUndefined() ? JsValue.Null : fallback;
    }

    // A fresh JavaScript value per call, so a script that changes a variable's object
    // doesn't change what the next expression sees.
    private JsValue ToJs(JsonNode? node) => node switch
    {
        null => JsValue.Null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => new JsonParser(_engine).Parse(node.ToJsonString()),
    };
}
