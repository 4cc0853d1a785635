using ETamkeen.Data;
using System.Text.Json;
using ETamkeen.Workflows.Models;

namespace ETamkeen.Workflows.Services;

/// <summary>An instance as its row holds it: status by name, state as JSON text, dates without a kind.</summary>
internal sealed class WorkflowInstanceRow
{
    public string WorkflowId { get; set; } = "";
    public string WorkflowTypeId { get; set; } = "";
    public int TypeVersion { get; set; }
    public string Status { get; set; } = "";
    public string CorrelationId { get; set; } = "";
    public string State { get; set; } = "{}";
    public string? FaultMessage { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public int RowVersion { get; set; }

    public static WorkflowInstanceRow From(WorkflowInstance i) => new()
    {
        WorkflowId = i.WorkflowId,
        WorkflowTypeId = i.WorkflowTypeId,
        TypeVersion = i.TypeVersion,
        Status = i.Status.ToString(),
        CorrelationId = i.CorrelationId,
        State = JsonSerializer.Serialize(i.State),
        FaultMessage = i.FaultMessage is { Length: > 2000 } message ? message[..2000] : i.FaultMessage,
        CreatedUtc = DbDates.ToColumn(i.CreatedUtc),
        ModifiedUtc = DbDates.ToColumn(i.ModifiedUtc),
        RowVersion = i.RowVersion,
    };

    public WorkflowInstance ToInstance() => new()
    {
        WorkflowId = WorkflowId,
        WorkflowTypeId = WorkflowTypeId,
        TypeVersion = TypeVersion,
        Status = Enum.Parse<WorkflowStatus>(Status),
        CorrelationId = CorrelationId,
        State = JsonSerializer.Deserialize<WorkflowState>(State) ?? new(),
        FaultMessage = FaultMessage,
        CreatedUtc = DbDates.FromColumn(CreatedUtc),
        ModifiedUtc = DbDates.FromColumn(ModifiedUtc),
        RowVersion = RowVersion,
    };
}
