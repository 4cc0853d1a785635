using ETamkeen.Navigation;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Localization;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(Navigation.AdminMenu menu, IStringLocalizer localizer) =>
        menu.Add(localizer["Missing translations"], "~/admin/localization/missing", 85, Permissions.ManageCultures);
}
