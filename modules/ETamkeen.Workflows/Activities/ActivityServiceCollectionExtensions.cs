using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Workflows.Activities;

public static class ActivityServiceCollectionExtensions
{
    /// <summary>
    /// Makes an activity available to the tenant's workflows under its <see cref="IActivity.Name"/>.
    /// Domain modules call it from a startup marked <c>[RequireFeatures("ETamkeen.Workflows")]</c>.
    /// </summary>
    public static IServiceCollection AddActivity<TActivity>(this IServiceCollection services)
        where TActivity : class, IActivity
    {
        services.AddScoped<IActivity, TActivity>();
        return services;
    }
}
