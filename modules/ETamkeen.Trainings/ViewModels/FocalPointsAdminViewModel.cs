using ETamkeen.Trainings.Services;

namespace ETamkeen.Trainings.ViewModels;

public sealed class FocalPointsAdminViewModel
{
    public IReadOnlyList<(string UserName, string AdministrationId, string Administration)> FocalPoints { get; init; } = [];
    public IReadOnlyList<AdministrationName> Administrations { get; init; } = [];
    public string? UserName { get; init; }
    public string? AdministrationId { get; init; }
    public string? Error { get; init; }
}
