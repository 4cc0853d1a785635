using ETamkeen.Trainings.Models;
using ETamkeen.Trainings.Services;

namespace ETamkeen.Trainings.ViewModels;

/// <summary>What a session's page shows beside its fields: its state, its figures (counts only) and, for a signed-in person, the registration form.</summary>
public sealed class TrainingSessionPage
{
    public required ScheduledSession Session { get; init; }
    public string? TrainingPath { get; init; }
    public string? TrainingCulture { get; init; }
    public IReadOnlyList<string> Trainers { get; init; } = [];
    public IReadOnlyList<string> Administrations { get; init; } = [];

    /// <summary>Registrations per status (every status, zeros included).</summary>
    public required IReadOnlyList<(RegistrationStatus Status, int Count)> ByStatus { get; init; }

    /// <summary>The share of women among the active registrations; null when there are none.</summary>
    public double? WomenShare { get; init; }
    public int AdministrationsRepresented { get; init; }

    public bool SignedIn { get; init; }
    public bool MayRegister { get; init; }
    public ParticipantInput Prefill { get; init; } = new();
    public IReadOnlyList<(string Id, string Name)> AdministrationChoices { get; init; } = [];

    /// <summary>The signed-in person's registration to this session, if any.</summary>
    public Registration? Mine { get; init; }
}
