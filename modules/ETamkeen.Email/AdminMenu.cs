using ETamkeen.Navigation;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Email;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(Navigation.AdminMenu menu, IStringLocalizer localizer) =>
        menu.Add(localizer["E-mail"], "~/admin/settings/email", 80, Permissions.ManageEmailSettings);
}
