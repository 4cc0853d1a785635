using ETamkeen.Navigation;
using ETamkeen.Security;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(Navigation.AdminMenu menu, IStringLocalizer localizer)
    {
        menu.Add(localizer["Content"], "~/admin/contents", 10, SystemPrincipal.AdministratorRole)
            .Add(localizer["Content types"], "~/admin/content-types", 20, SystemPrincipal.AdministratorRole)
            .Add(localizer["Templates"], "~/admin/templates", 25, SystemPrincipal.AdministratorRole);
    }
}
