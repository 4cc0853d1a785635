namespace ETamkeen.IntegrationTests.Harness;

/// <summary>The real Orchard Core recipes kept in ../shared/fixtures.</summary>
public static class Fixtures
{
    public static string OrchardRecipe(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ETamkeen.Orchard.sln")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir?.Parent?.FullName ?? "", "shared", "fixtures", "orchard-recipes", name);
        return File.ReadAllText(path);
    }
}
