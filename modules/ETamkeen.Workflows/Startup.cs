using ETamkeen.BackgroundTasks;
using ETamkeen.Contents.Handlers;
using ETamkeen.Deployment;
using ETamkeen.Modules;
using ETamkeen.Security;
using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.BackgroundTasks;
using ETamkeen.Workflows.Deployment;
using ETamkeen.Workflows.Designer;
using ETamkeen.Workflows.Endpoints;
using ETamkeen.Workflows.Handlers;
using ETamkeen.Workflows.Http;
using ETamkeen.Workflows.Recipes;
using ETamkeen.Workflows.Scripting;
using ETamkeen.Workflows.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ETamkeen.Workflows;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        // The host may hand a clock of its own (tests move it to fire timers).
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<WorkflowOptions>().BindConfiguration("ETamkeen:Workflows");

        services.AddSingleton<JavaScriptEvaluator>();
        services.AddSingleton<LiquidEvaluator>();
        services.AddScoped<ActivityLibrary>();
        services.AddScoped<WorkflowExecutor>();
        services.AddScoped<WorkflowTypeStore>();
        services.AddSingleton<WorkflowTypeCache>();
        services.AddScoped<WorkflowTypeValidator>();
        services.AddScoped<WorkflowInstanceStore>();
        services.AddScoped<WorkflowStartTimerStore>();
        services.AddScoped<IWorkflowManager, WorkflowManager>();
        services.AddScoped<IContentEventHandler, WorkflowContentHandler>();
        services.AddScoped<IBackgroundTask, WorkflowTimerBackgroundTask>();
        services.AddScoped<IBackgroundTask, WorkflowPruningBackgroundTask>();
        services.AddScoped<IBackgroundTask, WorkflowTimeoutBackgroundTask>();
        services.AddRecipeStep<WorkflowTypeStep>();
        services.AddScoped<IDeploymentSource, WorkflowTypeDeploymentSource>();
        services.AddScoped<Navigation.INavigationProvider, AdminMenu>();
        services.AddPermissionProvider<Permissions>();
        AddHttp(services);

        services.AddActivity<ContentCreatedEvent>();
        services.AddActivity<ContentUpdatedEvent>();
        services.AddActivity<ContentPublishedEvent>();
        services.AddActivity<ContentUnpublishedEvent>();
        services.AddActivity<ContentDeletedEvent>();
        services.AddActivity<TimerEvent>();
        services.AddActivity<SignalEvent>();
        services.AddActivity<UserTaskEvent>();
        services.AddActivity<IfElseTask>();
        services.AddActivity<ScriptTask>();
        services.AddActivity<SetPropertyTask>();
        services.AddActivity<SetOutputTask>();
        services.AddActivity<ForkTask>();
        services.AddActivity<JoinTask>();
        services.AddActivity<ForEachTask>();
        services.AddActivity<NotifyTask>();
        services.AddActivity<LogTask>();
        services.AddActivity<DelayTask>();
        services.AddActivity<CreateContentTask>();
        services.AddActivity<PublishContentTask>();
        services.AddActivity<RetrieveContentTask>();
        services.AddActivity<HttpRequestEvent>();
        services.AddActivity<HttpRequestTask>();
        services.AddActivity<HttpResponseTask>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        routes.MapWorkflowApi();
        routes.MapDesignerAssets();
        routes.MapHttpWorkflows();
    }

    /// <summary>Signed links, and the one client <c>HttpRequestTask</c> sends with: its own address checks, no proxy, no redirects.</summary>
    private static void AddHttp(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddOptions<WorkflowHttpOptions>().BindConfiguration(WorkflowHttpOptions.Section);
        services.AddOptions<WorkflowLinkOptions>().BindConfiguration(WorkflowLinkOptions.Section);
        services.AddSingleton<HttpRequestGuard>();
        services.AddSingleton<WorkflowLinkProtector>();
        services.AddScoped<WorkflowLinks>();
        services.AddScoped<Scripting.IWorkflowLiquidExtension, UserTaskLinkFunction>();
        services.AddHttpClient(HttpRequestGuard.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                ConnectCallback = sp.GetRequiredService<HttpRequestGuard>().ConnectAsync,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
    }
}

/// <summary>The e-mail task exists only where e-mail does.</summary>
[RequireFeatures("ETamkeen.Email")]
public sealed class EmailStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services) => services.AddActivity<EmailTask>();
}
