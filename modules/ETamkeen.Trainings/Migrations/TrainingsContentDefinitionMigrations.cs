using ETamkeen.Contents.Services;
using ETamkeen.Data;
using ETamkeen.Shells;
using ETamkeen.Trainings.Models;
using ETamkeen.Trainings.Workflows;
using ETamkeen.Workflows.Services;

namespace ETamkeen.Trainings.Migrations;

/// <summary>
/// The module's content-definition migration (run when the shell starts, once per tenant,
/// numbered in a document, as the library's is). Step 1 defines the types as data, so that
/// administrators can change them later, creates the four taxonomies with the fixed ids recipes
/// refer to, and installs the registration approval workflow, which administrators then tune in
/// the designer: a type already there (a recipe's, or an edited one) is left alone.
/// </summary>
public sealed class TrainingsContentDefinitionMigrations(
    IDocumentSession session,
    ModuleContentSetup setup,
    WorkflowTypeStore workflowTypes) : IShellActivationHandler
{
    private const int Latest = 2;

    // Step 2: the evaluation timer and the low-score alert (installed when absent, like step 1's workflow).
    private static readonly string[] EvaluationWorkflows =
        ["ETamkeen.Trainings.Workflows.evaluations.json", "ETamkeen.Trainings.Workflows.evaluation-alert.json"];

    public async Task ActivatedAsync(CancellationToken cancellationToken)
    {
        var state = await session.FirstOrDefaultAsync<TrainingsMigrationsDocument>(cancellationToken) ?? new TrainingsMigrationsDocument();
        if (state.Applied >= Latest)
        {
            return;
        }

        if (state.Applied < 1)
        {
            await setup.DefineAsync(typeof(TrainingsContentDefinitionMigrations).Assembly, "ETamkeen.Trainings.TrainingsContentDefinition.json");
            await setup.CreateTaxonomyAsync(TrainingContent.AxesTaxonomyId, "training-axes", "Axes du catalogue de formations", null, TrainingContent.Term, TrainingTerms.Axes);
            await setup.CreateTaxonomyAsync(TrainingContent.ModalitiesTaxonomyId, "training-modalities", "Modalités de formation", null, TrainingContent.Term, TrainingTerms.Modalities);
            await setup.CreateTaxonomyAsync(TrainingContent.LevelsTaxonomyId, "training-levels", "Niveaux (central ou local)", null, TrainingContent.Term, TrainingTerms.Levels);
            await setup.CreateTaxonomyAsync(TrainingContent.RegionsTaxonomyId, "training-regions", "Régions du Royaume", null, TrainingContent.Term, TrainingTerms.Regions);
            await InstallWorkflowAsync(TrainingWorkflows.RegistrationApprovalResource, cancellationToken);
        }

        if (state.Applied < 2)
        {
            foreach (var resource in EvaluationWorkflows)
            {
                await InstallWorkflowAsync(resource, cancellationToken);
            }
        }

        state.Applied = Latest;
        session.Save(state);
        await session.SaveChangesAsync(cancellationToken);
    }

    private async Task InstallWorkflowAsync(string resource, CancellationToken cancellationToken)
    {
        var type = WorkflowTypeSerializer.Read(await TrainingWorkflows.ReadResourceAsync(resource));
        if (await workflowTypes.GetAsync(type.WorkflowTypeId, cancellationToken) is null)
        {
            await workflowTypes.SaveAsync(type, cancellationToken);
        }
    }
}
