using ETamkeen.Contents.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Contents;

/// <summary>One-line registrations for modules that bring parts and fields.</summary>
public static class ContentServiceCollectionExtensions
{
    public static IServiceCollection AddContentPart<THandler>(this IServiceCollection services)
        where THandler : class, IContentPartHandler
        => services.AddScoped<IContentPartHandler, THandler>();

    public static IServiceCollection AddContentField<THandler>(this IServiceCollection services)
        where THandler : class, IContentFieldHandler
        => services.AddScoped<IContentFieldHandler, THandler>();
}
