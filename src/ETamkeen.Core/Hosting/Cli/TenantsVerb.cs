namespace ETamkeen.Hosting.Cli;

/// <summary>
/// One command: the options it takes and how many names it wants, checked before the host is
/// built so that a typo answers at once.
/// </summary>
public sealed record TenantsVerb(string Name, int Positionals, IReadOnlySet<string> Options, Func<TenantsCommandContext, CancellationToken, Task<int>> Run)
{
    public void Check(CommandArguments arguments)
    {
        if (arguments.OptionNames.FirstOrDefault(o => !Options.Contains(o)) is { } unknown)
        {
            throw new CommandLineException($"'{Name}' has no option --{unknown}.");
        }

        if (arguments.Positionals.Count != Positionals)
        {
            throw new CommandLineException(Positionals == 0
                ? $"'{Name}' takes no tenant name: {string.Join(" ", arguments.Positionals)}."
                : $"'{Name}' needs one tenant name.");
        }
    }

    public Task<int> RunAsync(TenantsCommandContext context, CancellationToken cancellationToken) => Run(context, cancellationToken);
}
