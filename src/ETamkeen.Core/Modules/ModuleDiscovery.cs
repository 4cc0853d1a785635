using System.Reflection;

namespace ETamkeen.Modules;

/// <summary>
/// Finds the module assemblies the host was built with: the <c>ETamkeen.*</c> assemblies
/// beside it that carry <see cref="ModuleAttribute"/>. A module is present because the
/// host (or a test project) references it, never because it registered itself.
/// </summary>
public static class ModuleDiscovery
{
    public static IReadOnlyList<Assembly> FromDirectory(string directory)
    {
        var found = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        foreach (var loaded in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (loaded.GetCustomAttribute<ModuleAttribute>() is not null)
            {
                found[loaded.GetName().Name!] = loaded;
            }
        }

        foreach (var path in Directory.EnumerateFiles(directory, "ETamkeen.*.dll"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (found.ContainsKey(name))
            {
                continue;
            }

            var assembly = Assembly.Load(new AssemblyName(name));
            if (assembly.GetCustomAttribute<ModuleAttribute>() is not null)
            {
                found[name] = assembly;
            }
        }

        return [.. found.Values.OrderBy(a => a.GetName().Name, StringComparer.Ordinal)];
    }
}
