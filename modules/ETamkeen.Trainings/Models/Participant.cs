namespace ETamkeen.Trainings.Models;

/// <summary>A civil servant who takes trainings; one per e-mail address in a tenant.</summary>
public sealed class Participant
{
    public long Id { get; set; }
    public string Email { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";

    /// <summary><c>F</c> or <c>M</c>: the programme reports the share of women.</summary>
    public string Sex { get; set; } = "";
    public string AdministrationId { get; set; } = "";

    /// <summary>The grade or level in the civil service.</summary>
    public string Grade { get; set; } = "";
    public string RegionTermId { get; set; } = "";
    public string Function { get; set; } = "";

    /// <summary>The portal account, when the participant has one.</summary>
    public string? UserName { get; set; }
    public DateTime CreatedUtc { get; set; }

    public string FullName => $"{FirstName} {LastName}".Trim();
}
