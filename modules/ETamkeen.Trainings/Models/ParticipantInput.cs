namespace ETamkeen.Trainings.Models;

/// <summary>Who is being registered, as a form or an API client gives it.</summary>
public sealed record ParticipantInput
{
    public string? Email { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Sex { get; init; }
    public string? AdministrationId { get; init; }
    public string? Grade { get; init; }
    public string? RegionTermId { get; init; }
    public string? Function { get; init; }
}
