using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Deployment;
using ETamkeen.IntegrationTests.Harness;
using ETamkeen.IntegrationTests.TestFiles;
using ETamkeen.Media;
using ETamkeen.Media.Endpoints;
using ETamkeen.Media.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace ETamkeen.IntegrationTests;

/// <summary>The media library: what it stores, what it refuses, and how it serves.</summary>
[Collection(PortalCollection.Name)]
public sealed class MediaTests(PortalFactory portal)
{
    [Fact]
    public async Task An_uploaded_png_is_served_with_its_type_and_safe_headers()
    {
        var tenant = await MediaTenantAsync();
        using var api = portal.Api();
        var png = SampleMedia.Png();

        var upload = await api.PostAsync($"{tenant.Path}/api/media?folder=trainings/2022", Form(("affiche.png", png)));
        Assert.True(upload.StatusCode == HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        var stored = Assert.Single((await upload.Content.ReadFromJsonAsync<JsonArray>())!)!;
        Assert.Equal("trainings/2022/affiche.png", (string?)stored["path"]);
        Assert.Equal(png.Length, (long)stored["size"]!);
        Assert.Equal("image/png", (string?)stored["contentType"]);
        Assert.Equal($"{tenant.Path}/media/trainings/2022/affiche.png", (string?)stored["url"]);

        using var anonymous = portal.Anonymous();
        var served = await anonymous.GetAsync((string)stored["url"]!);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Header(served, "X-Content-Type-Options"));
        Assert.Null(served.Content.Headers.ContentDisposition);
        Assert.True(served.Headers.CacheControl?.Public);
        Assert.NotNull(served.Content.Headers.LastModified);
        var etag = served.Headers.ETag;
        Assert.NotNull(etag);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, (string)stored["url"]!);
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(conditional)).StatusCode);

        using var head = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, (string)stored["url"]!));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(png.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        using var range = new HttpRequestMessage(HttpMethod.Get, (string)stored["url"]!);
        range.Headers.Range = new RangeHeaderValue(0, 7);
        using var partial = await anonymous.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(png[..8], await partial.Content.ReadAsByteArrayAsync());

        var listing = await tenant.GetJsonAsync("/api/media?folder=trainings");
        Assert.Equal("trainings/2022", listing.GetProperty("folders")[0].GetProperty("path").GetString());
        Assert.Equal("affiche.png", (await tenant.GetJsonAsync("/api/media?folder=trainings/2022")).GetProperty("files")[0].GetProperty("name").GetString());

        var again = await api.PostAsync($"{tenant.Path}/api/media?folder=trainings/2022", Form(("affiche.png", SampleMedia.Png(0x20))));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(png, await anonymous.GetByteArrayAsync((string)stored["url"]!));
        var replaced = await api.PostAsync($"{tenant.Path}/api/media?folder=trainings/2022&overwrite=true", Form(("affiche.png", SampleMedia.Png(0x20))));
        Assert.Equal(HttpStatusCode.Created, replaced.StatusCode);
        Assert.Equal(SampleMedia.Png(0x20), await anonymous.GetByteArrayAsync((string)stored["url"]!));

        Assert.Equal(HttpStatusCode.Conflict, (await api.DeleteAsync($"{tenant.Path}/api/media/trainings")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{tenant.Path}/api/media/trainings/2022/affiche.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync((string)stored["url"]!)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"{tenant.Path}/api/media/trainings/2022/affiche.png")).StatusCode);
    }

    [Fact]
    public async Task Documents_download_as_attachments_and_text_keeps_its_charset()
    {
        var tenant = await MediaTenantAsync();
        using var api = portal.Api();
        var csv = Encoding.UTF8.GetBytes("ministère;participants\nالصحة;85\n");
        var upload = await api.PostAsync($"{tenant.Path}/api/media?folder=rapports",
            Form(("bilan.docx", SampleMedia.Docx()), ("inscrits.csv", csv), ("guide.pdf", SampleMedia.Pdf())));
        Assert.True(upload.StatusCode == HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());

        using var anonymous = portal.Anonymous();
        var docx = await anonymous.GetAsync($"{tenant.Path}/media/rapports/bilan.docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", docx.Content.Headers.ContentDisposition?.DispositionType);

        var text = await anonymous.GetAsync($"{tenant.Path}/media/rapports/inscrits.csv");
        Assert.Equal("text/csv", text.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", text.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", text.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(csv, await text.Content.ReadAsByteArrayAsync());

        var pdf = await anonymous.GetAsync($"{tenant.Path}/media/rapports/guide.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Null(pdf.Content.Headers.ContentDisposition);

        // Arabic and accented names, as ministries write them, keep their name and address.
        var arabic = await api.PostAsync($"{tenant.Path}/api/media?folder=تقارير", Form(("التقرير السنوي é.pdf", SampleMedia.Pdf())));
        Assert.True(arabic.StatusCode == HttpStatusCode.Created, await arabic.Content.ReadAsStringAsync());
        var url = (string)(await arabic.Content.ReadFromJsonAsync<JsonArray>())![0]!["url"]!;
        Assert.Equal(SampleMedia.Pdf(), await anonymous.GetByteArrayAsync(url));
        Assert.Equal("التقرير السنوي é.pdf", (await tenant.GetJsonAsync($"/api/media?folder={Uri.EscapeDataString("تقارير")}")).GetProperty("files")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_batch_with_one_bad_file_stores_nothing_and_says_which_and_why()
    {
        var tenant = await MediaTenantAsync();
        using var api = portal.Api();

        var upload = await api.PostAsync($"{tenant.Path}/api/media",
            Form(("affiche.png", SampleMedia.Png()), ("photo.jpg", SampleMedia.Html()), ("guide.pdf", SampleMedia.Pdf())));

        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        var problem = await upload.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Equal(["photo.jpg"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("is not a JPEG image: its content is an HTML document", errors.GetProperty("photo.jpg")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("none was stored", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await tenant.GetJsonAsync("/api/media")).GetProperty("files").GetArrayLength());
        Assert.Empty(Directory.Exists(MediaRoot(tenant)) ? Directory.EnumerateFiles(MediaRoot(tenant), "*", SearchOption.AllDirectories) : []);
    }

    public static TheoryData<string, byte[], string> Impostors => new()
    {
        { "affiche.pdf", SampleMedia.Png(), "is not a PDF document: its content is a PNG image" },
        { "photo.jpg", SampleMedia.Html(), "is not a JPEG image: its content is an HTML document" },
        { "logo.png", SampleMedia.WindowsExecutable(), "is a Windows executable, which is never accepted" },
        { "notes.txt", SampleMedia.LinuxExecutable(), "is a Linux executable, which is never accepted" },
        { "rapport.docx", SampleMedia.Zip(("readme.txt", "not a document")), "not an Office document" },
        { "rapport.docx", SampleMedia.Pdf(), "is not a Word document: its content is a PDF document" },
        { "tableau.ods", SampleMedia.Docx(), "not an OpenDocument file" },
        { "donnees.csv", [0x61, 0x00, 0x62, 0x0A], "NUL bytes" },
        { "notes.txt", Encoding.Latin1.GetBytes("Ministère de la Santé"), "is not UTF-8 text" },
        { "video.mp4", SampleMedia.Jpeg(), "is not an MP4 video: its content is a JPEG image" },
        { "setup.exe", SampleMedia.WindowsExecutable(), ".exe files are not accepted" },
        { "page.html", SampleMedia.Html(), ".html files are not accepted" },
        { "LISEZMOI", Encoding.UTF8.GetBytes("texte"), "has no extension" },
        { "vide.png", [], "is empty" },
    };

    [Theory]
    [MemberData(nameof(Impostors))]
    public async Task Files_whose_bytes_do_not_match_their_extension_are_refused(string name, byte[] bytes, string reason)
    {
        var message = await RefusedAsync(await MediaTenantAsync(), name, bytes);
        Assert.Contains(reason, message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> UnsafeSvgs => new()
    {
        { "<script>alert(1)</script>", "<script> element" },
        { "<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script>", "<script> element" },
        { "<rect width=\"5\" height=\"5\" onload=\"alert(1)\"/>", "event handler attribute (onload)" },
        { "<g ONCLICK=\"alert(1)\"/>", "event handler attribute (ONCLICK)" },
        { "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>", "<foreignObject> element" },
        { "<a xlink:href=\"javascript:alert(1)\"><text>x</text></a>", "script address" },
        { "<a href=\"java&#9;script:alert(1)\"><text>x</text></a>", "script address" },
        { "<image href=\"https://evil.example/x.png\"/>", "only references inside the image" },
        { "<use xlink:href=\"other.svg#icon\"/>", "only references inside the image" },
        { "<a href=\"#x\"><set attributeName=\"href\" to=\"https://evil.example\"/></a>", "animates a link" },
        { "<style>@import url(https://evil.example/x.css);</style>", "@import" },
        { "<rect style=\"fill: url(https://evil.example/p.svg#g)\"/>", "url(...)" },
        { "<html:iframe xmlns:html=\"http://www.w3.org/1999/xhtml\" src=\"x\"/>", "<iframe> element" },
        { "<rect", "not well-formed XML" },
    };

    [Theory]
    [MemberData(nameof(UnsafeSvgs))]
    public async Task Svg_that_could_run_script_or_load_anything_is_refused(string body, string reason)
    {
        var message = await RefusedAsync(await MediaTenantAsync(), "logo.svg", SampleMedia.Svg(body));
        Assert.Contains("is refused as an SVG image", message, StringComparison.Ordinal);
        Assert.Contains(reason, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Svg_with_a_doctype_or_a_stylesheet_instruction_is_refused()
    {
        var tenant = await MediaTenantAsync();
        var entities = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>";
        Assert.Contains("DOCTYPE", await RefusedAsync(tenant, "a.svg", Encoding.UTF8.GetBytes(entities)), StringComparison.Ordinal);
        var xslt = "<?xml version=\"1.0\"?><?xml-stylesheet type=\"text/xsl\" href=\"https://evil.example/x.xsl\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        Assert.Contains("processing instruction", await RefusedAsync(tenant, "b.svg", Encoding.UTF8.GetBytes(xslt)), StringComparison.Ordinal);
        Assert.Contains("root element is <html>", await RefusedAsync(tenant, "c.svg", Encoding.UTF8.GetBytes("<html><body/></html>")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clean_svg_is_accepted_and_served_sandboxed()
    {
        var tenant = await MediaTenantAsync();
        using var api = portal.Api();
        var svg = SampleMedia.Svg("""
            <defs><linearGradient id="g"><stop offset="0" stop-color="#006233"/></linearGradient></defs>
            <style>.flag { fill: url(#g); }</style>
            <rect class="flag" width="10" height="10" style="fill: url('#g')"/><use xlink:href="#g"/><a href="#top"><text>e-TAMKEEN</text></a>
            """);

        var upload = await api.PostAsync($"{tenant.Path}/api/media?folder=logos", Form(("mtnra.svg", svg)));
        Assert.True(upload.StatusCode == HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());

        using var anonymous = portal.Anonymous();
        var served = await anonymous.GetAsync($"{tenant.Path}/media/logos/mtnra.svg");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/svg+xml", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(MediaFileEndpoint.SvgPolicy, Header(served, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(served, "X-Content-Type-Options"));
        Assert.Equal(svg, await served.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Paths_that_leave_the_library_are_refused_on_upload_delete_and_serve()
    {
        var tenant = await MediaTenantAsync();
        using var api = portal.Api();
        foreach (var folder in new[] { "../x", "a/../../x", "%2e%2e", "/etc", "a%5Cb", "a//b", "a%00b", ".cache", "C:" })
        {
            var response = await api.PostAsync($"{tenant.Path}/api/media?folder={folder}", Form(("a.png", SampleMedia.Png())));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"folder={folder}: {(int)response.StatusCode}");
        }

        foreach (var name in new[] { "../evil.png", "..\\evil.png", "sub/evil.png", ".htaccess.png" })
        {
            await RefusedAsync(tenant, name, SampleMedia.Png());
        }

        Assert.Empty(Directory.Exists(MediaRoot(tenant)) ? Directory.EnumerateFiles(MediaRoot(tenant), "*", SearchOption.AllDirectories) : []);

        // The tenant's own settings sit one folder above its media.
        var outside = Path.Combine(portal.AppData, "Sites", tenant.Name, "appsettings.json");
        Assert.True(File.Exists(outside));
        foreach (var path in new[] { "/media/../appsettings.json", "/media/%2e%2e/appsettings.json", "/media/..%2Fappsettings.json", "/media//etc/passwd", "/media/..\\appsettings.json" })
        {
            Assert.Equal(StatusCodes.Status404NotFound, (await RawAsync("GET", tenant.Path + path, authorized: false)).Response.StatusCode);
        }

        Assert.Equal(StatusCodes.Status400BadRequest, (await RawAsync("DELETE", $"{tenant.Path}/api/media/../appsettings.json", authorized: true)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status400BadRequest, (await RawAsync("DELETE", $"{tenant.Path}/api/media/..\\appsettings.json", authorized: true)).Response.StatusCode);
        Assert.NotEqual(HttpStatusCode.NoContent, (await api.DeleteAsync($"{tenant.Path}/api/media/%2e%2e/appsettings.json")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"{tenant.Path}/api/media?folder=..")).StatusCode);
        Assert.True(File.Exists(outside));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_413()
    {
        var tenant = await MediaTenantAsync();
        using var api = portal.Api();
        var big = new byte[(20 * 1024 * 1024) + 1];
        SampleMedia.Png().CopyTo(big, 0);

        var upload = await api.PostAsync($"{tenant.Path}/api/media", Form(("grand.png", big)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, upload.StatusCode);
        Assert.Contains("a file is at most 20 MB", await upload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await tenant.GetJsonAsync("/api/media")).GetProperty("files").GetArrayLength());
    }

    [Fact]
    public void The_validator_applies_the_configured_limit_and_allow_list()
    {
        var validator = new MediaValidator(Options.Create(new MediaOptions { MaxFileSize = 1024, AllowedExtensions = ["png", ".PDF", ".html"] }));
        var png = SampleMedia.Png();

        Assert.Null(validator.Check("a.png", png.Length, () => new MemoryStream(png)));
        var tooLarge = validator.Check("a.png", 2048, () => new MemoryStream(png));
        Assert.True(tooLarge?.TooLarge);
        Assert.Contains("a file is at most 1 KB", tooLarge!.Message, StringComparison.Ordinal);
        Assert.Contains("Accepted: .png .pdf.", validator.Check("a.jpg", 10, () => new MemoryStream(SampleMedia.Jpeg()))?.Message, StringComparison.Ordinal);
        Assert.NotNull(validator.Check("a.html", 10, () => new MemoryStream(SampleMedia.Html())));
    }

    [Fact]
    public async Task Malformed_requests_get_a_4xx_never_a_500()
    {
        var tenant = await MediaTenantAsync();
        using var api = portal.Api();
        var json = await api.PostAsync($"{tenant.Path}/api/media", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);

        var noFile = new MultipartFormDataContent { { new StringContent("x"), "title" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsync($"{tenant.Path}/api/media", noFile)).StatusCode);

        var broken = new ByteArrayContent(Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.png\"\r\n\r\n\x89PNG"));
        broken.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsync($"{tenant.Path}/api/media", broken)).StatusCode);

        // Refused on its announced length, before a byte of the body is read.
        var huge = await portal.Server.SendAsync(context =>
        {
            context.Request.Method = "POST";
            context.Request.Path = $"{tenant.Path}/api/media";
            context.Request.Headers.Authorization = "Bearer " + PortalFactory.ApiKey;
            context.Request.ContentType = "multipart/form-data; boundary=b";
            context.Request.ContentLength = 200L * 1024 * 1024;
            context.Request.Body = new MemoryStream(Encoding.ASCII.GetBytes("--b\r\n"));
        });
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, huge.Response.StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsync($"{tenant.Path}/api/media?overwrite=perhaps", Form(("a.png", SampleMedia.Png())))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{tenant.Path}/api/media?folder=nowhere")).StatusCode);
    }

    [Fact]
    public async Task Uploading_listing_and_deleting_need_the_key_serving_does_not()
    {
        var tenant = await MediaTenantAsync();
        using var anonymous = portal.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"{tenant.Path}/api/media", Form(("a.png", SampleMedia.Png())))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{tenant.Path}/api/media")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync($"{tenant.Path}/api/media/a.png")).StatusCode);
        Assert.False(Directory.Exists(MediaRoot(tenant)) && Directory.EnumerateFiles(MediaRoot(tenant)).Any());
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_file_of_one_tenant_is_not_found_on_another(string provider)
    {
        var a = await MediaTenantAsync(provider);
        var b = await MediaTenantAsync(provider);
        using var api = portal.Api();
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync($"{a.Path}/api/media", Form(("affiche.png", SampleMedia.Png())))).StatusCode);

        using var anonymous = portal.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{a.Path}/media/affiche.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{b.Path}/media/affiche.png")).StatusCode);
        Assert.Equal(0, (await b.GetJsonAsync("/api/media")).GetProperty("files").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"{b.Path}/api/media/affiche.png")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{a.Path}/media/affiche.png")).StatusCode);
    }

    [Fact]
    public async Task Without_the_feature_there_is_no_media_route()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "blank");
        using var api = portal.Api();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{tenant.Path}/api/media")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{tenant.Path}/media/affiche.png")).StatusCode);

        Assert.True((await api.PostAsync($"{tenant.Path}/api/features/ETamkeen.Media/enable", null)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync($"{tenant.Path}/api/media", Form(("affiche.png", SampleMedia.Png())))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{tenant.Path}/media/affiche.png")).StatusCode);

        Assert.True((await api.PostAsync($"{tenant.Path}/api/features/ETamkeen.Media/disable", null)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{tenant.Path}/media/affiche.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"{tenant.Path}/api/media", Form(("b.png", SampleMedia.Png())))).StatusCode);
    }

    [Fact]
    public async Task The_media_step_writes_base64_files_and_reports_side_files_it_cannot_read()
    {
        var tenant = await MediaTenantAsync();
        var png = SampleMedia.Png();
        var run = await RunRecipeAsync(tenant, new JsonObject
        {
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "Media",
                ["Files"] = new JsonArray(
                    new JsonObject { ["SourcePath"] = "../wwwroot/assets/img/post-bg.jpg", ["TargetPath"] = "post-bg.jpg" },
                    new JsonObject { ["Base64"] = Convert.ToBase64String(png), ["TargetPath"] = "blog/x.png" }),
            }),
        }.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var warnings = (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).ToList();
        Assert.Contains(warnings, w => w!.Contains("side file '../wwwroot/assets/img/post-bg.jpg' not available", StringComparison.Ordinal));
        Assert.Equal(png, await portal.Anonymous().GetByteArrayAsync($"{tenant.Path}/media/blog/x.png"));

        var refused = await RunRecipeAsync(tenant, """
            { "steps": [ { "name": "media", "Files": [ { "Base64": "PGh0bWw+PC9odG1sPg==", "TargetPath": "evil.png" } ] } ] }
            """);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("media", problem.GetProperty("stepName").GetString());
        Assert.Contains("evil.png", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.Anonymous().GetAsync($"{tenant.Path}/media/evil.png")).StatusCode);
    }

    [Fact]
    public async Task The_blog_recipe_media_step_runs_with_warnings_only()
    {
        var tenant = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "ministry");
        var run = await RunRecipeAsync(tenant, Fixtures.OrchardRecipe("blog.recipe.json"));
        var body = await run.Content.ReadAsStringAsync();
        Assert.True(run.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("ETamkeen.Media", await tenant.EnabledFeaturesAsync());
        foreach (var image in new[] { "about-bg.jpg", "home-bg.jpg", "post-bg.jpg" })
        {
            Assert.Contains($"side file '../wwwroot/assets/img/{image}' not available", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_export_carries_the_files_and_restores_them_byte_for_byte_on_a_new_tenant()
    {
        var a = await MediaTenantAsync();
        using var api = portal.Api();
        var png = SampleMedia.Png(0x11);
        var docx = SampleMedia.Docx();
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync($"{a.Path}/api/media?folder=trainings/2022", Form(("affiche.png", png), ("programme.docx", docx)))).StatusCode);

        var media = (await MediaStepsAsync(a)).Single();
        Assert.Equal(["trainings/2022/affiche.png", "trainings/2022/programme.docx"], media["Files"]!.AsArray().Select(f => (string)f!["TargetPath"]!));

        var exported = await api.GetAsync($"{a.Path}/api/recipes/export");
        var recipe = exported.IsSuccessStatusCode
            ? await exported.Content.ReadAsStringAsync()
            : new JsonObject { ["steps"] = new JsonArray(media.DeepClone()) }.ToJsonString();
        Assert.Contains("\"media\"", recipe, StringComparison.Ordinal);

        // An export restores into an empty tenant.
        var b = await portal.CreateTenantAsync(Databases.Sqlite, recipe: "blank", features: ["ETamkeen.Media"]);
        var run = await RunRecipeAsync(b, recipe);
        Assert.True(run.StatusCode == HttpStatusCode.OK, await run.Content.ReadAsStringAsync());
        using var anonymous = portal.Anonymous();
        Assert.Equal(png, await anonymous.GetByteArrayAsync($"{b.Path}/media/trainings/2022/affiche.png"));
        Assert.Equal(docx, await anonymous.GetByteArrayAsync($"{b.Path}/media/trainings/2022/programme.docx"));
    }

    private async Task<TestTenant> MediaTenantAsync(string provider = Databases.Sqlite) =>
        await portal.CreateTenantAsync(provider, recipe: "ministry", features: ["ETamkeen.Media"]);

    private string MediaRoot(TestTenant tenant) => Path.Combine(portal.AppData, "Sites", tenant.Name, "Media");

    private static MultipartFormDataContent Form(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);

            // What a client claims is ignored: the extension and the bytes decide.
            content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(content, "files", name);
        }

        return form;
    }

    private async Task<string> RefusedAsync(TestTenant tenant, string name, byte[] bytes)
    {
        using var api = portal.Api();
        var response = await api.PostAsync($"{tenant.Path}/api/media", Form((name, bytes)));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {body}");
        return body;
    }

    private Task<HttpContext> RawAsync(string method, string path, bool authorized) =>
        portal.Server.SendAsync(context =>
        {
            // Sent as is: HttpClient would resolve "../" before the server ever saw it.
            context.Request.Method = method;
            context.Request.Path = new PathString(path);
            if (authorized)
            {
                context.Request.Headers.Authorization = "Bearer " + PortalFactory.ApiKey;
            }
        });

    private async Task<HttpResponseMessage> RunRecipeAsync(TestTenant tenant, string recipe)
    {
        using var api = portal.Api();
        return await api.PostAsync($"{tenant.Path}/api/recipes", new StringContent(recipe, Encoding.UTF8, "application/json"));
    }

    private async Task<List<JsonObject>> MediaStepsAsync(TestTenant tenant)
    {
        var shell = await portal.Shells.AcquireAsync(tenant.Name);
        try
        {
            await using var scope = shell.Services.CreateAsyncScope();
            var context = new DeploymentContext();
            foreach (var source in scope.ServiceProvider.GetServices<IDeploymentSource>().OrderBy(s => s.Order))
            {
                await source.ExportAsync(context, CancellationToken.None);
            }

            return [.. context.Steps.Where(s => (string?)s["name"] == "media")];
        }
        finally
        {
            await shell.ReleaseLeaseAsync();
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
