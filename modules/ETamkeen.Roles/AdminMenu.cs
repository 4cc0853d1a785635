using ETamkeen.Navigation;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Roles;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(Navigation.AdminMenu menu, IStringLocalizer localizer) =>
        menu.Add(localizer["Roles"], "~/admin/roles", 70, Permissions.ManageRoles);
}
