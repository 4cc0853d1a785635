using System.Text.Json.Nodes;

namespace ETamkeen.Recipes;

/// <summary>
/// A section of Orchard's <c>settings</c> step that a feature stores itself (for example
/// <c>SmtpSettings</c>, whose password must be encrypted), instead of the site settings keeping
/// it as given. The feature's own <see cref="Deployment.IDeploymentSource"/> exports it.
/// </summary>
public interface ISettingsSection
{
    /// <summary>The section's key in the step, e.g. <c>SmtpSettings</c>; matched case-insensitively.</summary>
    string Name { get; }

    /// <summary>Stores the section; a <see cref="RecipeException"/> fails the step with its message.</summary>
    Task ImportAsync(JsonNode? section, RecipeStepContext context, CancellationToken cancellationToken);
}
