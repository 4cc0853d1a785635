namespace ETamkeen.Shells;

/// <summary>Where the host keeps its files: <c>ETAMKEEN_APP_DATA</c>, or <c>App_Data</c> under the content root.</summary>
public sealed class AppDataPaths
{
    public AppDataPaths(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }
    public string TenantsFile => Path.Combine(Root, "tenants.json");
    public string SitesRoot => Path.Combine(Root, "Sites");

    public string Site(string tenant) => Path.Combine(SitesRoot, tenant);
}
