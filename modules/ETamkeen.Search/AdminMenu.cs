using ETamkeen.Navigation;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Search;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(Navigation.AdminMenu menu, IStringLocalizer localizer) =>
        menu.Add(localizer["Search indexes"], "~/admin/search/indexes", 70, Permissions.ManageLuceneIndexes);
}
