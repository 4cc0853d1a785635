using Microsoft.AspNetCore.Http;

namespace ETamkeen.Theme.Services;

/// <summary>Where the main menu comes from when the tenant manages it as content.</summary>
public interface IMainMenuSource
{
    /// <returns>The menu's links, or null when the tenant has no main menu.</returns>
    Task<IReadOnlyList<MenuLink>?> GetAsync(HttpContext context, string culture);
}
