using ETamkeen.Data;
using ETamkeen.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen;

/// <summary>One-line registrations for modules.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddIndexProvider<TProvider>(this IServiceCollection services)
        where TProvider : class, IIndexProvider
        => services.AddSingleton<IIndexProvider, TProvider>();

    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services)
        where TStep : class, IRecipeStepHandler
        => services.AddScoped<IRecipeStepHandler, TStep>();
}
