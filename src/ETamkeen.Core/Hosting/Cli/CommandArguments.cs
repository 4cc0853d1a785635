namespace ETamkeen.Hosting.Cli;

/// <summary>
/// <c>verb [positional...] [--option value | --option=value | --flag]...</c>. Options whose name
/// holds a colon (<c>--ETamkeen:AppData=/srv/etk</c>) are configuration for the host, as for the web server.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);

    public string? Verb { get; private set; }
    public List<string> Positionals { get; } = [];
    public List<string> Configuration { get; } = [];
    public IReadOnlyCollection<string> OptionNames => _options.Keys;

    /// <param name="flags">Options that take no value.</param>
    public static CommandArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> flags)
    {
        var result = new CommandArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                if (result.Verb is null)
                {
                    result.Verb = arg;
                }
                else
                {
                    result.Positionals.Add(arg);
                }

                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            string value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (flags.Contains(name))
            {
                value = "true";
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                throw new CommandLineException($"--{name} needs a value.");
            }

            if (name.Contains(':', StringComparison.Ordinal))
            {
                result.Configuration.Add($"--{name}={value}");
            }
            else
            {
                (result._options.TryGetValue(name, out var values) ? values : result._options[name] = []).Add(value);
            }
        }

        return result;
    }

    public string? Option(string name) => _options.TryGetValue(name, out var values) ? values[^1] : null;

    public IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var values) ? values : [];

    public bool Flag(string name) => Option(name) is { } value && !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);

    public int IntOption(string name, int fallback) => Option(name) switch
    {
        null => fallback,
        var text when int.TryParse(text, out var number) && number > 0 => number,
        var text => throw new CommandLineException($"--{name} takes a whole number above 0, not '{text}'."),
    };
}
