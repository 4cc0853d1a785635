using ETamkeen.Navigation;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(Navigation.AdminMenu menu, IStringLocalizer localizer)
    {
        menu.Add(localizer["Content"], "~/admin/contents", 10, Permissions.ListContent)
            .Add(localizer["Content types"], "~/admin/content-types", 20, Permissions.EditContentTypes)
            .Add(localizer["Templates"], "~/admin/templates", 25, Permissions.ManageTemplates);
    }
}
