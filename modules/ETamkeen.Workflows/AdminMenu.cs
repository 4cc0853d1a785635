using ETamkeen.Navigation;
using ETamkeen.Security;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Workflows;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(Navigation.AdminMenu menu, IStringLocalizer localizer)
    {
        menu.Add(localizer["Workflows"], "~/admin/workflows", 60, Permissions.ManageWorkflows);
        menu.Add(localizer["My tasks"], "~/admin/workflows/tasks", 61, StandardPermissions.AccessAdminPanel);
    }
}
