namespace ETamkeen.Trainings.ViewModels;

/// <summary>The session page's registration form; the e-mail is the account's, never posted.</summary>
public sealed class RegistrationForm
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Sex { get; set; }
    public string? AdministrationId { get; set; }
    public string? Grade { get; set; }
    public string? RegionTermId { get; set; }
    public string? Function { get; set; }
}
