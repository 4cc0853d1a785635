using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Localization;

public static class LocalizationServiceCollectionExtensions
{
    /// <summary>
    /// IStringLocalizer, IViewLocalizer and DataAnnotations messages over PO files. Registered
    /// before MVC's view localization, whose TryAdds then keep ours.
    /// </summary>
    public static IServiceCollection AddPoLocalization(this IServiceCollection services)
    {
        services.AddSingleton<LocalizationCatalog>(sp => ActivatorUtilities.CreateInstance<LocalizationCatalog>(sp));
        services.AddSingleton<MissingTranslations>();
        services.AddSingleton<Translator>();
        services.AddSingleton<PoStringLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory>(sp => sp.GetRequiredService<PoStringLocalizerFactory>()));
        services.TryAddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.Replace(ServiceDescriptor.Transient<IViewLocalizer, PoViewLocalizer>());
        return services;
    }
}
