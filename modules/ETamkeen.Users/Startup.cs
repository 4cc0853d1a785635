using ETamkeen.Users.Services;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Users;

public sealed class Startup : Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services) => services.AddScoped<UserStore>();
}
