using System.Text.Json.Nodes;

namespace ETamkeen.Recipes.Scripting;

/// <summary>
/// Evaluates the expressions of an Orchard recipe before its steps run: a JSON string that
/// is exactly <c>[js: script]</c> or <c>[file:text('path')]</c> is replaced by its value.
/// One evaluator per recipe run: its variables (shared ids) live as long as it does, and it
/// holds a script engine, so it is not thread-safe and must be disposed.
/// </summary>
public sealed class RecipeExpressionEvaluator : IDisposable
{
    private readonly RecipeScriptEngine _scripts;
    private readonly RecipeSideFiles _sideFiles;
    private readonly Dictionary<string, JsonNode?> _variables = new(StringComparer.Ordinal);
    private readonly List<string> _variableWarnings = [];
    private bool _declaringVariables;

    /// <param name="recipe">The parsed recipe; its <c>variables</c> section (any case) is evaluated now, in order.</param>
    /// <param name="parameters">Values for <c>parameters('Name')</c>, matched in any case.</param>
    /// <param name="configuration">Looks up <c>configuration('Key', 'default')</c>; null when the key is not set.</param>
    /// <param name="recipeFolder">Folder that <c>[file:...]</c> paths are relative to; null when the recipe has none.</param>
    public RecipeExpressionEvaluator(
        JsonObject recipe,
        IReadOnlyDictionary<string, string?> parameters,
        Func<string, string?> configuration,
        string? recipeFolder)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(configuration);

        _scripts = new RecipeScriptEngine(parameters, configuration, Variable);
        _sideFiles = new RecipeSideFiles(recipeFolder);
        try
        {
            DeclareVariables(recipe);
        }
        catch
        {
            _scripts.Dispose();
            throw;
        }
    }

    /// <summary>Non-fatal problems met while evaluating the <c>variables</c> section (a parameter not given, a side file missing).</summary>
    public IReadOnlyList<string> VariableWarnings => _variableWarnings;

    /// <summary>Returns a deep copy of the step with every expression string evaluated; non-fatal problems go to warnings.</summary>
    public JsonObject EvaluateStep(JsonObject step, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(warnings);
        return (JsonObject)Evaluate(step, warnings)!;
    }

    public void Dispose() => _scripts.Dispose();

    private void DeclareVariables(JsonObject recipe)
    {
        switch (RecipeParser.Property(recipe, "variables"))
        {
            case null:
                return;
            case JsonObject declared:
                // Declaration order matters: a variable may use the ones above it, never the ones below.
                _declaringVariables = true;
                foreach (var (name, value) in declared)
                {
                    try
                    {
                        _variables[name] = Evaluate(value, _variableWarnings);
                    }
                    catch (RecipeException e)
                    {
                        throw new RecipeException($"Recipe variable '{name}': {e.Message}", inner: e);
                    }
                }

                _declaringVariables = false;
                return;
            default:
                throw new RecipeException("The recipe's \"variables\" must be an object of names and values.");
        }
    }

    private JsonNode? Variable(string name)
    {
        if (_variables.TryGetValue(name, out var value))
        {
            return value;
        }

        // Orchard looks variables up exactly; accepting another case costs nothing and
        // matches how the rest of the recipe format is read.
        foreach (var (key, candidate) in _variables)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw new RecipeException(_declaringVariables
            ? $"Unknown recipe variable '{name}' (a variable can only use the variables declared before it)."
            : $"Unknown recipe variable '{name}'.");
    }

    private JsonNode? Evaluate(JsonNode? node, ICollection<string> warnings)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    copy[name] = Evaluate(value, warnings);
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    items.Add(Evaluate(item, warnings));
                }

                return items;
            case JsonValue value when value.TryGetValue<string>(out var text) && Expression(text) is (var prefix, var body):
                return prefix == "js" ? RunScript(body, warnings) : _sideFiles.Evaluate(body, warnings);
            default:
                return node?.DeepClone();
        }
    }

    private JsonNode? RunScript(string script, ICollection<string> warnings)
    {
        _scripts.Warnings = warnings;
        return _scripts.Evaluate(script);
    }

    /// <summary>
    /// The prefix and body of a string that is exactly one <c>[js:...]</c> or <c>[file:...]</c>
    /// expression. Anything else, including text like <c>[Required]</c> or <c>[x:y]</c> with another
    /// prefix, is content and stays as it is. A result is never evaluated again, so a parameter
    /// typed in the setup form can't smuggle in an expression.
    /// </summary>
    private static (string Prefix, string Body)? Expression(string text)
    {
        if (text.Length < 2 || text[0] != '[' || text[^1] != ']')
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        var prefix = text[1..colon];
        return prefix is "js" or "file" ? (prefix, text[(colon + 1)..^1]) : null;
    }
}
