using Microsoft.Extensions.Localization;

namespace ETamkeen.Localization;

/// <summary>
/// Localizers over the PO catalog. IStringLocalizer&lt;T&gt; and DataAnnotations messages get the
/// full name of T as their context; views get their path (see <see cref="PoViewLocalizer"/>).
/// The tenant and culture are read on each lookup, so one localizer serves every tenant.
/// </summary>
public sealed class PoStringLocalizerFactory(Translator translator, LocalizationCatalog catalog) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource)
    {
        ArgumentNullException.ThrowIfNull(resourceSource);
        return Create(ContextOf(resourceSource));
    }

    public IStringLocalizer Create(string baseName, string location) => Create(baseName);

    public PoStringLocalizer Create(string context) => new(context, translator, catalog);

    public static string ContextOf(Type type) => type.FullName ?? type.Name;
}
