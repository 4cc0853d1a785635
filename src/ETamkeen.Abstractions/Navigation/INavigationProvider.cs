using ETamkeen.Security;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Navigation;

/// <summary>A feature's entries in the admin menu (its <c>AdminMenu.cs</c>); only enabled features contribute.</summary>
public interface INavigationProvider
{
    void BuildNavigation(AdminMenu menu, IStringLocalizer localizer);
}

/// <summary>The admin menu being built: top-level groups with their links, by position.</summary>
public sealed class AdminMenu
{
    private readonly List<AdminMenuItem> _items = [];

    public IReadOnlyList<AdminMenuItem> Items => [.. _items.OrderBy(i => i.Position).ThenBy(i => i.Text, StringComparer.CurrentCulture)];

    public AdminMenu Add(string text, string url, int position, Permission permission)
    {
        _items.Add(new AdminMenuItem(text, url, position, permission));
        return this;
    }
}

/// <summary>A menu link, shown only to users holding <see cref="Permission"/> (the page checks it again).</summary>
public sealed record AdminMenuItem(string Text, string Url, int Position, Permission Permission);
