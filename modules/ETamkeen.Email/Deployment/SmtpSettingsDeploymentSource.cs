using System.Text.Json.Nodes;
using ETamkeen.Deployment;
using ETamkeen.Email.Recipes;
using ETamkeen.Email.Services;

namespace ETamkeen.Email.Deployment;

/// <summary>
/// The tenant's own SMTP settings as a <c>settings</c> step of their own, after the site's. The
/// password stays out: an export is read by people and kept in places the keys are not, and a
/// restore into the same tenant keeps the stored one.
/// </summary>
public sealed class SmtpSettingsDeploymentSource(SmtpSettingsStore store) : IDeploymentSource
{
    public int Order => 11;

    public async Task ExportAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stored = await store.GetAsync(cancellationToken);
        if (stored.Id == 0)
        {
            // Never set: the host's relay needs no step.
            return;
        }

        context.Steps.Add(new JsonObject { ["name"] = "settings", [SmtpSettingsJson.SectionName] = SmtpSettingsJson.Write(stored.Settings) });
    }
}
