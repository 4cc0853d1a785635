using System.Globalization;
using System.Text.Json;
using ETamkeen.AuditTrail;
using ETamkeen.Security;
using ETamkeen.Settings;
using ETamkeen.Workflows.Designer;
using ETamkeen.Workflows.Models;
using ETamkeen.Workflows.Services;
using ETamkeen.Workflows.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Workflows.Controllers;

/// <summary>
/// The designer: draws a type from the activity descriptors and saves it as Orchard's
/// <c>WorkflowType</c> JSON. The save is validated here whatever the browser said; a valid
/// definition becomes a new version, so running instances keep theirs. A save that names the
/// version it was drawn from (<c>?version=</c>) is refused when someone saved a newer one meanwhile.
/// </summary>
[Permission("ManageWorkflows")]
[AutoValidateAntiforgeryToken]
[Route("admin/workflows")]
public sealed class WorkflowDesignerController(
    WorkflowTypeStore types,
    WorkflowStartTimerStore timers,
    ActivityLibrary activities,
    WorkflowTypeValidator validator,
    IEnumerable<IAuditTrail> audit,
    ISiteService site,
    IStringLocalizer<WorkflowDesignerController> t) : Controller
{
    private static readonly JsonSerializerOptions Camel = new(JsonSerializerDefaults.Web);

    [HttpGet("create")]
    public IActionResult Create() => View("Designer", Model(new WorkflowType { IsEnabled = true }, isNew: true));

    [HttpGet("{id}/designer")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken) =>
        await types.GetAsync(id, cancellationToken) is { } type ? View("Designer", Model(type, isNew: false)) : NotFound();

    /// <summary>The type as JSON: the body (the designer's fetch, token in the header) or a <c>workflow</c> form field.</summary>
    [HttpPost("designer/save")]
    public async Task<IActionResult> Save(CancellationToken cancellationToken)
    {
        string json;
        var loaded = Request.Query["version"].ToString();
        if (Request.HasFormContentType)
        {
            var form = await Request.ReadFormAsync(cancellationToken);
            json = form["workflow"].ToString();
            loaded = form.TryGetValue("version", out var field) ? field.ToString() : loaded;
        }
        else
        {
            using var reader = new StreamReader(Request.Body);
            json = await reader.ReadToEndAsync(cancellationToken);
        }

        WorkflowType type;
        try
        {
            type = WorkflowTypeSerializer.Read(json);
        }
        catch (JsonException e)
        {
            return Refused([new(null, WorkflowProblem.Error, t["The workflow is not valid JSON: {0}", e.Message].Value)]);
        }

        var problems = validator.Validate(type);
        if (problems.Any(p => p.IsError))
        {
            return Refused(problems);
        }

        var isNew = string.IsNullOrWhiteSpace(type.WorkflowTypeId);
        if (isNew)
        {
            type.WorkflowTypeId = Guid.NewGuid().ToString("N");
        }

        int? expected = isNew || string.IsNullOrWhiteSpace(loaded) ? null
            : int.TryParse(loaded, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        if (await types.SaveAsync(type, expected, cancellationToken) is not { } version)
        {
            return await StaleAsync(type.WorkflowTypeId, cancellationToken);
        }

        await timers.ResetAsync(type.WorkflowTypeId, cancellationToken);
        await audit.RecordAsync(new AuditEvent(WorkflowsAdminController.AuditCategory, isNew ? "Created" : "Saved", type.WorkflowTypeId) { SubjectDisplay = type.Name }, cancellationToken);
        return Json(new
        {
            workflowTypeId = type.WorkflowTypeId,
            version,
            designerUrl = Url.Action(nameof(Edit), new { id = type.WorkflowTypeId }),
            message = t["The workflow was saved (version {0}).", version].Value,
            problems,
        }, Camel);
    }

    private async Task<IActionResult> StaleAsync(string workflowTypeId, CancellationToken cancellationToken)
    {
        var current = await types.GetAsync(workflowTypeId, cancellationToken);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById((await site.GetAsync(cancellationToken)).TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var when = current is null ? "?" : TimeZoneInfo.ConvertTimeFromUtc(current.ModifiedUtc, zone).ToString("g", CultureInfo.CurrentCulture);
        var message = t["Someone saved this workflow at {0} (version {1}) — reload to see their changes. Yours were not saved.", when, current?.Version ?? 0].Value;
        return new JsonResult(new { title = message, problems = new[] { new WorkflowProblem(null, WorkflowProblem.Error, message) } }, Camel) { StatusCode = StatusCodes.Status409Conflict };
    }

    private JsonResult Refused(IReadOnlyList<WorkflowProblem> problems) =>
        new(new { title = t["The workflow was not saved."].Value, problems }, Camel) { StatusCode = StatusCodes.Status400BadRequest };

    private WorkflowDesignerViewModel Model(WorkflowType type, bool isNew)
    {
        var descriptors = ActivityDescriptors.Describe(activities);
        return new()
        {
            Type = type,
            IsNew = isNew,
            TypeJson = WorkflowTypeSerializer.ToJson(type),
            ActivitiesJson = JsonSerializer.Serialize(descriptors.Select(ActivityDescriptors.ToJson), Camel),
            Activities = descriptors,
        };
    }
}
