namespace ETamkeen.Security;

/// <summary>
/// Something a role may be allowed to do, declared by the feature that checks it. A permission
/// is also granted by any permission in <see cref="ImpliedBy"/> (transitively), as in Orchard:
/// whoever may publish content may edit it.
/// </summary>
public sealed class Permission(string name, string description, IEnumerable<Permission>? impliedBy = null, bool isSecurityCritical = false)
{
    public string Name { get; } = name;
    public string Description { get; } = description;
    public IReadOnlyList<Permission> ImpliedBy { get; } = [.. impliedBy ?? []];

    /// <summary>Grants power over other users or the whole site; the roles page marks it.</summary>
    public bool IsSecurityCritical { get; } = isSecurityCritical;

    /// <summary>Where the roles page lists it; the declaring feature's name when not set.</summary>
    public string? Category { get; init; }

    private IReadOnlySet<string>? _grantingNames;

    /// <summary>
    /// This permission and every one that implies it, without repeats. Computed once: every
    /// permission check (and every admin menu entry) asks for it, and the implications never change.
    /// </summary>
    public IReadOnlySet<string> GrantingNames() => _grantingNames ??= CollectGrantingNames();

    private HashSet<string> CollectGrantingNames()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<Permission>([this]);
        while (pending.TryPop(out var p))
        {
            if (seen.Add(p.Name))
            {
                foreach (var parent in p.ImpliedBy)
                {
                    pending.Push(parent);
                }
            }
        }

        return seen;
    }

    public override string ToString() => Name;
}
