using ETamkeen.Contents.Endpoints;
using ETamkeen.Contents.Fields;
using ETamkeen.Contents.Handlers;
using ETamkeen.Contents.Indexes;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Parts;
using ETamkeen.Contents.Recipes;
using ETamkeen.Contents.Services;
using ETamkeen.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Contents;

public sealed class Startup : Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<ContentDefinitionCache>();
        services.AddScoped<IContentDefinitionManager, ContentDefinitionManager>();
        services.AddSingleton<IContentDefinitionProvider, BuiltInContentTypes>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<ContentQueries>();
        services.AddScoped<ModuleContentSetup>();
        services.AddScoped<ContentValidator>();
        services.AddSingleton<RichTextSanitizer>();
        services.AddSingleton<ContentDisplayBuilder>();
        services.AddScoped<Admin.ContentEditorService>();
        services.AddScoped<Navigation.INavigationProvider, AdminMenu>();
        services.AddPermissionProvider<Permissions>();
        services.AddScoped<Security.ContentAuthorizer>();

        services.AddIndexProvider<ContentItemIndexProvider>();
        services.AddIndexProvider<AutoroutePartIndexProvider>();
        services.AddIndexProvider<AliasPartIndexProvider>();
        services.AddIndexProvider<LocalizedContentItemIndexProvider>();
        services.AddIndexProvider<ContainedPartIndexProvider>();
        services.AddIndexProvider<TaxonomyIndexProvider>();

        services.AddContentPart<TitlePartHandler>()
            .AddContentPart<AutoroutePartHandler>()
            .AddContentPart<HtmlBodyPartHandler>()
            .AddContentPart<MarkdownBodyPartHandler>()
            .AddContentPart<AliasPartHandler>()
            .AddContentPart<LocalizationPartHandler>()
            .AddContentPart<ContainedPartHandler>()
            .AddContentPart<TaxonomyPartHandler>();

        services.AddContentField<TextFieldHandler>()
            .AddContentField<HtmlFieldHandler>()
            .AddContentField<MarkdownFieldHandler>()
            .AddContentField<NumericFieldHandler>()
            .AddContentField<BooleanFieldHandler>()
            .AddContentField<DateFieldHandler>()
            .AddContentField<DateTimeFieldHandler>()
            .AddContentField<LinkFieldHandler>()
            .AddContentField<MediaFieldHandler>()
            .AddContentField<ContentPickerFieldHandler>()
            .AddContentField<TaxonomyFieldHandler>()
            .AddContentField<UserPickerFieldHandler>()
            .AddContentField<LocalizationSetContentPickerFieldHandler>();

        services.AddRecipeStep<ContentDefinitionSteps>();
        services.AddRecipeStep<ContentStep>();
        Deployment.ContentDeploymentServiceCollectionExtensions.AddContentDeployment(services);

        services.AddOutputCache(o => o.AddPolicy(ContentOutputCache.Policy, p => p.Expire(TimeSpan.FromMinutes(10)).Tag(ContentOutputCache.Tag)));
        services.AddScoped<ContentOutputCache>();
        services.AddScoped<IContentEventHandler>(sp => sp.GetRequiredService<ContentOutputCache>());
        services.AddSingleton<ContentPageCache>();
        services.AddSingleton<IContentEventHandler>(sp => sp.GetRequiredService<ContentPageCache>());
        services.AddSingleton<Translations.TranslationLinksCache>();
        services.AddSingleton<IContentEventHandler>(sp => sp.GetRequiredService<Translations.TranslationLinksCache>());
        services.AddScoped<Translations.ContentTranslations>();
        services.AddScoped<Translations.ContentTranslator>();
        services.AddScoped<Translations.TranslationPanelBuilder>();
        services.AddScoped<Sitemaps.SitemapQuery>();
        services.AddSingleton<Templates.TemplatesCache>();
        services.AddScoped<Templates.TemplatesManager>();
        services.AddScoped<Templates.TemplateRenderer>();
        services.AddScoped<Templates.TemplatedDisplay>();
        services.AddRecipeStep<Templates.TemplatesStep>();
        services.AddScoped<ETamkeen.Deployment.IDeploymentSource, Templates.TemplatesDeploymentSource>();
        Display.DisplayServiceCollectionExtensions.AddContentDisplay(services);
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        app.UseOutputCache();
        routes.MapContentApi();
    }
}
