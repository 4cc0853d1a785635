using ETamkeen.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ETamkeen.Admin.Controllers;

[Authorize(Policy = SystemPrincipal.AdminPolicy)]
public sealed class DashboardController : Controller
{
    [HttpGet("/admin")]
    public IActionResult Index() => View();
}
