using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Security;

public static class PermissionServiceCollectionExtensions
{
    /// <summary>Declares a feature's permissions (its <c>Permissions.cs</c>).</summary>
    public static IServiceCollection AddPermissionProvider<TProvider>(this IServiceCollection services)
        where TProvider : class, IPermissionProvider =>
        services.AddScoped<IPermissionProvider, TProvider>();
}
