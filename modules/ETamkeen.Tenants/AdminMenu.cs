using ETamkeen.Navigation;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Tenants;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(Navigation.AdminMenu menu, IStringLocalizer localizer) =>
        menu.Add(localizer["Tenants"], "~/admin/tenants", 85, Permissions.ManageTenants);
}
