using ETamkeen.Navigation;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Users;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(Navigation.AdminMenu menu, IStringLocalizer localizer) =>
        menu.Add(localizer["Users"], "~/admin/users", 60, Permissions.ManageUsers)
            .Add(localizer["My API tokens"], "~/admin/account/tokens", 95, Security.StandardPermissions.AccessAdminPanel);
}
