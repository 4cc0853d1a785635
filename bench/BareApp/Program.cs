// The same endpoint as a tenant's /api/ping without tenants: what Kestrel and routing alone
// cost. CreateBuilder, as the e-TAMKEEN host uses, so that the defaults (host filtering,
// logging providers) are the same on both sides of the comparison.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/api/ping", () => Results.Text("pong"));

// bench/content-page.sh: GET /page answers the bytes of a file saved from a tenant's content
// page (BARE_PAGE_FILE), read once at start, with the content type the tenant sent
// (BARE_PAGE_CONTENT_TYPE, text/html by default): the floor for rendering that page.
if (builder.Configuration["BARE_PAGE_FILE"] is { Length: > 0 } pageFile)
{
    var page = File.ReadAllBytes(pageFile);
    var contentType = builder.Configuration["BARE_PAGE_CONTENT_TYPE"] is { Length: > 0 } given ? given : "text/html; charset=utf-8";
    app.MapGet("/page", () => Results.Bytes(page, contentType));
}

app.Run();
