using System.Net.Mail;
using ETamkeen.Trainings.Models;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.Services;

/// <summary>Checks a participant's details field by field, with messages a person can act on.</summary>
public sealed class ParticipantValidator(SessionCatalog catalog, IStringLocalizer<ParticipantValidator> t)
{
    public async Task<(Participant Participant, Dictionary<string, string[]> Errors)> ValidateAsync(ParticipantInput input)
    {
        var errors = new Dictionary<string, string[]>();
        var email = input.Email?.Trim() ?? "";
        if (email.Length == 0)
        {
            errors["email"] = [t["The e-mail address is required."]];
        }
        else if (email.Length > 255 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            errors["email"] = [t["«{0}» is not an e-mail address.", email]];
        }

        Required(errors, "firstName", input.FirstName, t["The first name is required."], 128);
        Required(errors, "lastName", input.LastName, t["The last name is required."], 128);
        var sex = input.Sex?.Trim().ToUpperInvariant() ?? "";
        if (sex is not ("F" or "M"))
        {
            errors["sex"] = [t["Sex must be F or M (the programme reports the share of women)."]];
        }

        var administration = input.AdministrationId?.Trim() ?? "";
        if (administration.Length == 0)
        {
            errors["administrationId"] = [t["The administration is required."]];
        }
        else if (await catalog.AdministrationAsync(administration) is null)
        {
            errors["administrationId"] = [t["This administration is not one of the programme's."]];
        }

        var region = input.RegionTermId?.Trim() ?? "";
        if (region.Length > 0 && !TrainingTerms.Regions.Any(r => r.Id == region))
        {
            errors["regionTermId"] = [t["This region is not one of the Kingdom's twelve."]];
        }

        Optional(errors, "grade", input.Grade, 128);
        Optional(errors, "function", input.Function, 255);

        return (new Participant
        {
            Email = ParticipantStore.Normalize(email),
            FirstName = input.FirstName?.Trim() ?? "",
            LastName = input.LastName?.Trim() ?? "",
            Sex = sex,
            AdministrationId = administration,
            Grade = input.Grade?.Trim() ?? "",
            RegionTermId = region,
            Function = input.Function?.Trim() ?? "",
        }, errors);
    }

    private void Required(Dictionary<string, string[]> errors, string field, string? value, string message, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [message];
        }
        else
        {
            Optional(errors, field, value, max);
        }
    }

    private void Optional(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors[field] = [t["At most {0} characters.", max]];
        }
    }
}
