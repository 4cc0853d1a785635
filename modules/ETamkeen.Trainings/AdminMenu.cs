using ETamkeen.Navigation;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(Navigation.AdminMenu menu, IStringLocalizer localizer) =>
        menu.Add(localizer["Training registrations"], "~/admin/trainings/registrations", 30, Permissions.ApproveTrainingRegistrations)
            .Add(localizer["Focal points"], "~/admin/trainings/focal-points", 31, Permissions.ManageTrainings);
}
