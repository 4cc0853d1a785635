using ETamkeen.Trainings.Services;

namespace ETamkeen.Trainings.ViewModels;

public sealed record AttendanceSheetRow(SessionRecord Record, string Administration, AttendanceStatus? Status);

public sealed class AttendanceSheetViewModel
{
    public required SessionContext Session { get; init; }
    public required DateOnly Day { get; init; }
    public IReadOnlyList<AttendanceSheetRow> Rows { get; init; } = [];
    public bool CanMark { get; init; }
    public string? Error { get; init; }
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];
}
