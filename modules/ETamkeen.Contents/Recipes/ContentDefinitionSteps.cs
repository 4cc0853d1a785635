using System.Text.Json;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using ETamkeen.Recipes;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Recipes;

/// <summary>Orchard's <c>ContentDefinition</c>, <c>ReplaceContentDefinition</c> and <c>DeleteContentDefinition</c> steps.</summary>
public sealed class ContentDefinitionSteps(IContentDefinitionManager definitions, IStringLocalizer<ContentDefinitionSteps> t) : IRecipeStepHandler
{
    public IEnumerable<string> Names => ["ContentDefinition", "ReplaceContentDefinition", "DeleteContentDefinition"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (string.Equals(context.StepName, "DeleteContentDefinition", StringComparison.OrdinalIgnoreCase))
        {
            var types = RecipeParser.Strings(context.Step, "ContentTypes").ToList();
            var parts = RecipeParser.Strings(context.Step, "ContentParts").ToList();
            await definitions.AlterAsync(d => ContentDefinitionMerger.Delete(d, types, parts));
            return;
        }

        List<ContentTypeDefinitionRecord> typeRecords;
        List<ContentPartDefinitionRecord> partRecords;
        try
        {
            typeRecords = ContentJson.Records<List<ContentTypeDefinitionRecord>>(RecipeParser.Property(context.Step, "ContentTypes")) ?? [];
            partRecords = ContentJson.Records<List<ContentPartDefinitionRecord>>(RecipeParser.Property(context.Step, "ContentParts")) ?? [];
        }
        catch (JsonException e)
        {
            throw new RecipeException(t["ContentTypes and ContentParts must be lists of definitions: {0}", e.Message]);
        }

        var unnamed = typeRecords.Where(t => string.IsNullOrWhiteSpace(t.Name)).Count() + partRecords.Where(p => string.IsNullOrWhiteSpace(p.Name)).Count();
        if (unnamed > 0)
        {
            throw new RecipeException(t["{0} definition(s) have no Name.", unnamed]);
        }

        var replace = string.Equals(context.StepName, "ReplaceContentDefinition", StringComparison.OrdinalIgnoreCase);
        await definitions.AlterAsync(d =>
        {
            if (replace)
            {
                ContentDefinitionMerger.Replace(d, typeRecords, partRecords);
            }
            else
            {
                ContentDefinitionMerger.Merge(d, typeRecords, partRecords);
            }
        });
    }
}
