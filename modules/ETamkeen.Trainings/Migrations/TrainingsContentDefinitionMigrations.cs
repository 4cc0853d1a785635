using System.Text.Json.Nodes;
using ETamkeen.Contents;
using ETamkeen.Contents.Metadata;
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
    IContentDefinitionManager definitions,
    IContentManager contents,
    ContentQueries queries,
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
            await DefineTypesAsync();
            await CreateTaxonomyAsync(TrainingContent.AxesTaxonomyId, "training-axes", "Axes du catalogue de formations", TrainingTerms.Axes);
            await CreateTaxonomyAsync(TrainingContent.ModalitiesTaxonomyId, "training-modalities", "Modalités de formation", TrainingTerms.Modalities);
            await CreateTaxonomyAsync(TrainingContent.LevelsTaxonomyId, "training-levels", "Niveaux (central ou local)", TrainingTerms.Levels);
            await CreateTaxonomyAsync(TrainingContent.RegionsTaxonomyId, "training-regions", "Régions du Royaume", TrainingTerms.Regions);
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

    private async Task DefineTypesAsync()
    {
        var json = await TrainingWorkflows.ReadResourceAsync("ETamkeen.Trainings.TrainingsContentDefinition.json");
        var types = ContentJson.Records<List<ContentTypeDefinitionRecord>>(json["ContentTypes"]) ?? [];
        var parts = ContentJson.Records<List<ContentPartDefinitionRecord>>(json["ContentParts"]) ?? [];
        await definitions.AlterAsync(d => ContentDefinitionMerger.Merge(d, types, parts));
    }

    private async Task InstallWorkflowAsync(string resource, CancellationToken cancellationToken)
    {
        var type = WorkflowTypeSerializer.Read(await TrainingWorkflows.ReadResourceAsync(resource));
        if (await workflowTypes.GetAsync(type.WorkflowTypeId, cancellationToken) is null)
        {
            await workflowTypes.SaveAsync(type, cancellationToken);
        }
    }

    private async Task CreateTaxonomyAsync(string id, string alias, string title, IReadOnlyList<(string Id, string Title)> terms)
    {
        // A recipe may have brought it already: it is kept as it is.
        if (await queries.LatestAsync(id) is not null)
        {
            return;
        }

        var taxonomy = new ContentItem { ContentItemId = id, ContentType = "Taxonomy", DisplayText = title, Published = true, Latest = true };
        taxonomy.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        taxonomy.Content["AliasPart"] = new JsonObject { ["Alias"] = alias };
        taxonomy.Content["TaxonomyPart"] = new JsonObject
        {
            ["TermContentType"] = TrainingContent.Term,
            ["Terms"] = new JsonArray([.. terms.Select(t => (JsonNode)new JsonObject
            {
                ["ContentItemId"] = t.Id,
                ["ContentType"] = TrainingContent.Term,
                ["DisplayText"] = t.Title,
                ["TitlePart"] = new JsonObject { ["Title"] = t.Title },
            })]),
        };

        var result = await contents.ImportAsync(taxonomy);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The taxonomy '{alias}' could not be created: "
                + string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }
    }
}
