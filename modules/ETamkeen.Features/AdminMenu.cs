using ETamkeen.Navigation;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Features;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(Navigation.AdminMenu menu, IStringLocalizer localizer) =>
        menu.Add(localizer["Features"], "~/admin/features", 80, Permissions.ManageFeatures);
}
