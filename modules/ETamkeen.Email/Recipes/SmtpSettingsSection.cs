using System.Text.Json.Nodes;
using ETamkeen.Email.Models;
using ETamkeen.Email.Services;
using ETamkeen.Recipes;

namespace ETamkeen.Email.Recipes;

/// <summary>
/// <c>{"name": "settings", "SmtpSettings": {...}}</c>: the tenant's own server, replacing what it
/// had. A password given is encrypted before it is stored; none keeps the stored one (an export
/// carries none); <c>"SmtpSettings": null</c> goes back to the host's relay.
/// </summary>
public sealed class SmtpSettingsSection(SmtpSettingsStore store) : ISettingsSection
{
    public string Name => SmtpSettingsJson.SectionName;

    public async Task ImportAsync(JsonNode? section, RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (settings, password) = section switch
        {
            null => (new SmtpSettings(), ""),
            JsonObject given => SmtpSettingsJson.Read(given, context.Warnings),
            _ => throw new RecipeException("SmtpSettings must be an object."),
        };

        var errors = SmtpSettingsValidator.Validate(settings);
        if (errors.Count > 0)
        {
            throw new RecipeException("SmtpSettings: " + string.Join(" ", errors.Select(e => $"{e.Field}: {e.Message}")));
        }

        await store.UpdateAsync(settings, password, cancellationToken);
    }
}
