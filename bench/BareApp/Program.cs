// The same endpoint as a tenant's /api/ping without tenants: what Kestrel and routing alone
// cost. CreateBuilder, as the e-TAMKEEN host uses, so that the defaults (host filtering,
// logging providers) are the same on both sides of the comparison.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/api/ping", () => Results.Text("pong"));
app.Run();
