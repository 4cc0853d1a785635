using System.Text.Json;
using ETamkeen.Recipes;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Templates;

/// <summary>
/// Orchard's <c>Templates</c> step: <c>{"name":"Templates","Templates":{"Content__X":{"Content":"...","Description":null}}}</c>,
/// merged into the tenant's templates. A template that doesn't parse fails the step; empty
/// content (a side file that was missing) is kept and means "no override".
/// </summary>
public sealed class TemplatesStep(TemplatesManager templates, IStringLocalizer<TemplatesStep> t) : IRecipeStepHandler
{
    public IEnumerable<string> Names => ["Templates"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        Dictionary<string, Template>? given;
        try
        {
            given = RecipeParser.Property(context.Step, "Templates").Deserialize<Dictionary<string, Template>>(JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            throw new RecipeException(t["Templates must be an object of templates by name: {0}", e.Message]);
        }

        given ??= [];
        foreach (var (name, template) in given)
        {
            if (!TemplatesManager.IsValidName(name))
            {
                throw new RecipeException(t["'{0}' is not a template name.", name]);
            }

            if (TemplatesManager.Validate(template?.Content) is { } error)
            {
                throw new RecipeException(t["Template {0} is not valid Liquid: {1}", name, error]);
            }
        }

        await templates.UpdateAsync(all =>
        {
            foreach (var (name, template) in given)
            {
                all[name] = new Template { Content = template?.Content ?? "", Description = template?.Description };
            }
        }, cancellationToken);
    }
}
