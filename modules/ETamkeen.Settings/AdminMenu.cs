using ETamkeen.Navigation;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Settings;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(Navigation.AdminMenu menu, IStringLocalizer localizer) =>
        menu.Add(localizer["Settings"], "~/admin/settings", 70, Permissions.ManageSettings);
}
