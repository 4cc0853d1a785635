using ETamkeen.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddETamkeen();

var app = builder.Build();
app.UseETamkeen();
app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
