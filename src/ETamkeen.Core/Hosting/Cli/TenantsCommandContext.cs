namespace ETamkeen.Hosting.Cli;

/// <summary>What a <c>tenants</c> command runs against: its arguments, the host's services, and where to write.</summary>
public sealed record TenantsCommandContext(CommandArguments Arguments, IServiceProvider Services, TextWriter Output, TextWriter Error);
