namespace ETamkeen.Hosting.Cli;

/// <summary>A bad command line: said to the user with the usage, exit code 2.</summary>
public sealed class CommandLineException(string message) : Exception(message);
