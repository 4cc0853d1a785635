using ETamkeen.Trainings.Models;
using ETamkeen.Trainings.Services;

namespace ETamkeen.Trainings.ViewModels;

public sealed record RegistrationAdminRow(Registration Registration, Participant? Participant, SessionInfo? Session, string Administration);

public sealed class RegistrationsAdminViewModel
{
    public string? SessionId { get; init; }
    public RegistrationStatus? Status { get; init; }
    public string? AdministrationId { get; init; }
    public IReadOnlyList<SessionInfo> Sessions { get; init; } = [];
    public IReadOnlyList<AdministrationName> Administrations { get; init; } = [];
    public IReadOnlyList<RegistrationAdminRow> Rows { get; init; } = [];
    public int Limit { get; init; }
}
