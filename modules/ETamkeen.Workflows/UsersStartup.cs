using ETamkeen.Modules;
using ETamkeen.Security;
using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Workflows;

/// <summary>Account events as workflow events, where the users feature runs.</summary>
[RequireFeatures("ETamkeen.Users")]
public sealed class UsersStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddActivity<UserRegisteredEvent>();
        services.AddScoped<IUserEventHandler, WorkflowUserEventHandler>();
    }
}
