using ETamkeen.Shells;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ETamkeen.Workflows.Http;

/// <summary>
/// Absolute addresses of the tenant's workflow links: the current request's scheme, host and
/// tenant prefix; outside a request <see cref="WorkflowLinkOptions.PublicUrl"/>, else a path
/// from the site's root.
/// </summary>
public sealed class WorkflowLinks(IHttpContextAccessor http, IOptions<WorkflowLinkOptions> options, ShellSettings shell)
{
    public const string InvokePath = "/workflows/invoke";
    public const string UserTaskPath = "/admin/workflows/tasks/link";

    public string Invoke(string token) => Absolute(InvokePath + "?token=" + Uri.EscapeDataString(token));

    public string UserTask(string token) => Absolute(UserTaskPath + "?token=" + Uri.EscapeDataString(token));

    private string Absolute(string path)
    {
        if (http.HttpContext?.Request is { } request && request.Host.HasValue)
        {
            return $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
        }

        if (options.Value.PublicUrl is { Length: > 0 } publicUrl)
        {
            return publicUrl.TrimEnd('/') + path;
        }

        return (shell.RequestUrlPrefix.Length > 0 ? "/" + shell.RequestUrlPrefix : "") + path;
    }
}
