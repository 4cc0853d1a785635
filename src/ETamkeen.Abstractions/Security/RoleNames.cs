namespace ETamkeen.Security;

/// <summary>The roles every tenant starts with. Authenticated and Anonymous are held implicitly.</summary>
public static class RoleNames
{
    public const string Administrator = SystemPrincipal.AdministratorRole;
    public const string Editor = "Editor";
    public const string Author = "Author";
    public const string Contributor = "Contributor";

    /// <summary>An administration's e-TAMKEEN focal point: registers and approves their staff.</summary>
    public const string FocalPoint = "FocalPoint";
    public const string Authenticated = "Authenticated";
    public const string Anonymous = "Anonymous";

    public static readonly IReadOnlyList<string> Standard = [Administrator, Editor, Author, Contributor, FocalPoint, Authenticated, Anonymous];

    /// <summary>The roles every tenant has from its first start; the others come from its setup recipe.</summary>
    public static readonly IReadOnlyList<string> System = [Administrator, Authenticated, Anonymous];

    /// <summary>Roles nobody is assigned to: they apply to every signed-in visitor, or to everyone not signed in.</summary>
    public static bool IsImplicit(string role) =>
        string.Equals(role, Authenticated, StringComparison.OrdinalIgnoreCase) || string.Equals(role, Anonymous, StringComparison.OrdinalIgnoreCase);
}
