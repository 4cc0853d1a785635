using ETamkeen.Navigation;
using Microsoft.Extensions.Localization;

namespace ETamkeen.AuditTrail;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(Navigation.AdminMenu menu, IStringLocalizer localizer) =>
        menu.Add(localizer["Audit trail"], "~/admin/audit-trail", 90, Permissions.ViewAuditTrail);
}
