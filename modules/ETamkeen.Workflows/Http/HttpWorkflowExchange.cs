using Microsoft.AspNetCore.Http;

namespace ETamkeen.Workflows.Http;

/// <summary>
/// The request that started or resumed a workflow through its <c>HttpRequestEvent</c> address,
/// kept on the request while the workflow runs, so that <c>HttpResponseTask</c> answers it. The
/// answer is written once the run is saved: a workflow that faults after it answers nothing half-written.
/// </summary>
public sealed class HttpWorkflowExchange(string workflowTypeId)
{
    public string WorkflowTypeId { get; } = workflowTypeId;

    public HttpWorkflowResponse? Response { get; set; }

    public static HttpWorkflowExchange? Of(HttpContext? http) =>
        http?.Items.TryGetValue(typeof(HttpWorkflowExchange), out var value) == true ? value as HttpWorkflowExchange : null;

    public void Attach(HttpContext http) => http.Items[typeof(HttpWorkflowExchange)] = this;
}

public sealed record HttpWorkflowResponse(int StatusCode, string Content, string ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers);
