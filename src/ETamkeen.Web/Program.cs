using ETamkeen.Hosting;

if (await ETamkeen.Hosting.Cli.TenantsCommand.TryRunAsync(args)) return;

var builder = WebApplication.CreateBuilder(args);
builder.AddETamkeen();

var app = builder.Build();
app.UseETamkeen();
app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
