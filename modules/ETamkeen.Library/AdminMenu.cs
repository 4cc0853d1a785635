using ETamkeen.Navigation;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Library;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(Navigation.AdminMenu menu, IStringLocalizer localizer) =>
        menu.Add(localizer["Library review"], "~/admin/library/review", 40, Permissions.ReviewLibraryEntries)
            .Add(localizer["My library entries"], "~/admin/library/mine", 41, Permissions.SubmitLibraryEntries);
}
