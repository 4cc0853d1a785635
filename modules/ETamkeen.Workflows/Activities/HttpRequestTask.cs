using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ETamkeen.Settings;
using ETamkeen.Workflows.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Workflows.Activities;

/// <summary>
/// Orchard's <c>HttpRequestTask</c>: sends <c>HttpMethod</c> to <c>Url</c> with <c>Headers</c>
/// (<c>Name: value</c> per line), <c>Body</c> and <c>ContentType</c>, all Liquid. The outcome is
/// the status code when <c>HttpResponseCodes</c> lists it, else <c>UnhandledHttpStatus</c>; the
/// last result is <c>{StatusCode, ContentType, Body}</c>. Only allowed hosts are called (see
/// <see cref="HttpRequestGuard"/>); a refused host, a connection that fails or a timeout faults the
/// instance with the reason. Redirects are not followed: a 3xx is an outcome like any other.
/// </summary>
public sealed class HttpRequestTask : TaskActivity
{
    public const string Unhandled = "UnhandledHttpStatus";

    public override string Name => "HttpRequestTask";
    public override string Category => "HTTP";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("Url", ActivityPropertyTypes.Liquid, "The address called; its host must be allowed.", Required: true),
        new("HttpMethod", ActivityPropertyTypes.Text, "GET, POST, PUT, PATCH or DELETE (GET when empty)."),
        new("Headers", ActivityPropertyTypes.Liquid, "One \"Name: value\" per line."),
        new("Body", ActivityPropertyTypes.Liquid, "The request's body (not sent with GET)."),
        new("ContentType", ActivityPropertyTypes.Text, "The body's type (application/json when empty)."),
        new("HttpResponseCodes", ActivityPropertyTypes.TextList, "The status codes that are outcomes (200, 404...); any other gives UnhandledHttpStatus.", Required: true),
    ];

    public override IEnumerable<string> Outcomes(ActivityContext context) => [.. context.List("HttpResponseCodes"), Unhandled];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var services = context.Workflow.Services;
        var guard = services.GetRequiredService<HttpRequestGuard>();
        var text = (await context.RenderLiquidAsync("Url")).Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new FormatException($"'{text}' is not an http or https address.");
        }

        var allowed = await guard.AllowListAsync(services.GetService<ISiteService>(), context.Workflow.CancellationToken);
        if (!allowed.Allows(url.IdnHost, url.Port))
        {
            throw new HostRefusedException($"host not allowed: {url.Authority} is not in the allowed hosts ({WorkflowHttpOptions.Section}:AllowedHosts or the site's {HttpRequestGuard.TenantSettingsKey}).");
        }

        using var request = await RequestAsync(context, url);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.Workflow.CancellationToken);
        timeout.CancelAfter(guard.Options.Timeout);
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpRequestGuard.ClientName);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            context.Workflow.State.LastResult = new JsonObject
            {
                ["StatusCode"] = (int)response.StatusCode,
                ["ContentType"] = response.Content.Headers.ContentType?.ToString(),
                ["Body"] = await ReadAsync(response.Content, guard.Options.MaxResponseBytes, timeout.Token),
            };
            return ActivityResult.Outcomes(context.List("HttpResponseCodes").Contains(status, StringComparer.Ordinal) ? status : Unhandled);
        }
        catch (HttpRequestException e)
        {
            throw Reason(e, url);
        }
        catch (OperationCanceledException e) when (!context.Workflow.CancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"could not connect to {url.Authority}: no answer within {guard.Options.Timeout.TotalSeconds:0.#} s.", e);
        }
    }

    private static async Task<HttpRequestMessage> RequestAsync(ActivityContext context, Uri url)
    {
        var method = context.Text("HttpMethod") is { Length: > 0 } m ? HttpMethod.Parse(m.Trim().ToUpperInvariant()) : HttpMethod.Get;
        var request = new HttpRequestMessage(method, url);
        var body = await context.RenderLiquidAsync("Body");
        if (body.Length > 0 && method != HttpMethod.Get && method != HttpMethod.Head)
        {
            var type = context.Text("ContentType") is { Length: > 0 } t ? t.Trim() : "application/json";
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(type.Contains("charset", StringComparison.OrdinalIgnoreCase) ? type : type + "; charset=utf-8");
        }

        foreach (var (name, value) in HeaderLines.Parse(await context.RenderLiquidAsync("Headers")))
        {
            if (!request.Headers.TryAddWithoutValidation(name, value) && request.Content is not null)
            {
                request.Content.Headers.Remove(name);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }

    private static async Task<string> ReadAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[limit];
        var read = 0;
        while (read < limit && await stream.ReadAsync(buffer.AsMemory(read, limit - read), cancellationToken) is var n and > 0)
        {
            read += n;
        }

        var encoding = content.Headers.ContentType?.CharSet is { } charset ? EncodingOr(charset) : Encoding.UTF8;
        return encoding.GetString(buffer, 0, read);
    }

    private static Encoding EncodingOr(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    /// <summary>The guard's refusal or its connection failure come wrapped by the handler; their own messages say it best.</summary>
    private static Exception Reason(HttpRequestException thrown, Uri url)
    {
        for (Exception? e = thrown; e is not null; e = e.InnerException)
        {
            if (e is HostRefusedException || e.Message.StartsWith("could not connect", StringComparison.Ordinal))
            {
                return e is HostRefusedException ? e : new HttpRequestException(e.Message, thrown);
            }
        }

        return new HttpRequestException($"could not connect to {url.Authority}: {thrown.Message}", thrown);
    }
}
