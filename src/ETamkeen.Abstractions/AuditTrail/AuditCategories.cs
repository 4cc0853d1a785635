namespace ETamkeen.AuditTrail;

/// <summary>The categories the admin's filter lists; a module may use its own name too.</summary>
public static class AuditCategories
{
    public const string Content = "Content";
    public const string User = "User";
    public const string Role = "Role";
    public const string Feature = "Feature";
    public const string Settings = "Settings";
    public const string Tenant = "Tenant";

    public static readonly IReadOnlyList<string> Standard = [Content, User, Role, Feature, Settings, Tenant];
}
