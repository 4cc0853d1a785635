using System.Reflection;

namespace ETamkeen.Modules;

/// <summary>
/// The features of the host's modules, checked once at start: ids are unique, every
/// dependency exists, and there is no cycle. Problems are reported with the names involved.
/// </summary>
public sealed class ModuleCatalog : IModuleCatalog
{
    private readonly Dictionary<string, FeatureInfo> _byId;
    private readonly Dictionary<Type, FeatureInfo> _byType = [];
    private readonly Dictionary<string, FeatureInfo> _byReplaced = new(StringComparer.OrdinalIgnoreCase);

    public ModuleCatalog(IEnumerable<Assembly> moduleAssemblies)
    {
        var declared = new List<(FeatureInfo Feature, Assembly Assembly)>();
        foreach (var assembly in moduleAssemblies)
        {
            declared.AddRange(Declare(assembly).Select(f => (f, assembly)));
        }

        Validate(declared.Select(d => (d.Feature, d.Assembly.GetName().Name ?? "?")).ToList());
        var raw = declared.ToDictionary(d => d.Feature.Id, d => d.Feature, StringComparer.OrdinalIgnoreCase);
        var order = FeatureGraph.Sort(raw.Values.ToDictionary(f => f.Id, f => f.Dependencies, StringComparer.OrdinalIgnoreCase));
        var typesByFeature = AssignTypes(declared);

        _byId = new Dictionary<string, FeatureInfo>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < order.Count; i++)
        {
            var f = raw[order[i]];
            var types = typesByFeature.GetValueOrDefault(f.Id) ?? [];
            var feature = new FeatureInfo
            {
                Id = f.Id,
                Name = f.Name,
                Description = f.Description,
                Category = f.Category,
                ModuleId = f.ModuleId,
                Dependencies = f.Dependencies,
                IsAlwaysEnabled = f.IsAlwaysEnabled,
                DefaultTenantOnly = f.DefaultTenantOnly,
                Replaces = f.Replaces,
                Priority = i,
                Types = types,
            };
            _byId[f.Id] = feature;
            foreach (var replaced in f.Replaces)
            {
                _byReplaced[replaced] = feature;
            }

            foreach (var type in types)
            {
                _byType[type] = feature;
            }
        }

        Features = [.. _byId.Values.OrderBy(f => f.Priority)];
    }

    public IReadOnlyList<FeatureInfo> Features { get; }

    /// <summary>Ids are unique, every dependency exists, and nothing depends on itself in a cycle.</summary>
    public static void Validate(IReadOnlyList<(FeatureInfo Feature, string Module)> declared)
    {
        var duplicates = declared.GroupBy(d => d.Feature.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
        if (duplicates.Count > 0)
        {
            throw new ModuleCatalogException("Feature ids declared twice: "
                + string.Join(", ", duplicates.Select(g => $"{g.Key} (in {string.Join(", ", g.Select(d => d.Module))})")));
        }

        var ids = declared.Select(d => d.Feature.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = declared
            .SelectMany(d => d.Feature.Dependencies.Where(dep => !ids.Contains(dep)).Select(dep => $"{d.Feature.Id} (in {d.Module}) needs {dep}"))
            .ToList();
        if (missing.Count > 0)
        {
            throw new ModuleCatalogException("Missing feature dependencies: " + string.Join("; ", missing));
        }

        FeatureGraph.Sort(declared.ToDictionary(d => d.Feature.Id, d => d.Feature.Dependencies, StringComparer.OrdinalIgnoreCase));
    }

    public FeatureInfo? Find(string featureId) => _byId.GetValueOrDefault(featureId);

    public FeatureInfo? FindOrReplacement(string featureId) => Find(featureId) ?? _byReplaced.GetValueOrDefault(featureId);

    public FeatureInfo? FeatureOf(Type type) => _byType.GetValueOrDefault(type);

    public IReadOnlyList<FeatureInfo> WithDependencies(IEnumerable<string> featureIds)
        => Closure(featureIds, f => f.Dependencies.Select(d => _byId[d]));

    public IReadOnlyList<FeatureInfo> WithDependants(IEnumerable<string> featureIds)
        => Closure(featureIds, f => Features.Where(o => o.Dependencies.Contains(f.Id, StringComparer.OrdinalIgnoreCase)));

    private IReadOnlyList<FeatureInfo> Closure(IEnumerable<string> featureIds, Func<FeatureInfo, IEnumerable<FeatureInfo>> next)
    {
        var seen = new HashSet<FeatureInfo>();
        var stack = new Stack<FeatureInfo>(featureIds.Select(id => _byId.GetValueOrDefault(id)).OfType<FeatureInfo>());
        while (stack.Count > 0)
        {
            var feature = stack.Pop();
            if (seen.Add(feature))
            {
                foreach (var n in next(feature))
                {
                    stack.Push(n);
                }
            }
        }

        return [.. seen.OrderBy(f => f.Priority)];
    }

    private static IEnumerable<FeatureInfo> Declare(Assembly assembly)
    {
        var module = assembly.GetCustomAttribute<ModuleAttribute>()!;
        var implicitCore = string.Equals(module.Id, CoreFeature.Id, StringComparison.OrdinalIgnoreCase) ? [] : new[] { CoreFeature.Id };
        yield return new FeatureInfo
        {
            Id = module.Id,
            Name = module.Name ?? module.Id,
            Description = module.Description ?? "",
            Category = module.Category,
            ModuleId = module.Id,
            Dependencies = [.. implicitCore.Concat(module.Dependencies).Distinct(StringComparer.OrdinalIgnoreCase)],
            IsAlwaysEnabled = module.IsAlwaysEnabled,
            DefaultTenantOnly = module.DefaultTenantOnly,
            Replaces = module.Replaces,
        };

        foreach (var feature in assembly.GetCustomAttributes<FeatureAttribute>())
        {
            yield return new FeatureInfo
            {
                Id = feature.Id,
                Name = feature.Name ?? feature.Id,
                Description = feature.Description ?? "",
                Category = feature.Category ?? module.Category,
                ModuleId = module.Id,
                Dependencies = [.. implicitCore.Concat(feature.Dependencies).Distinct(StringComparer.OrdinalIgnoreCase)],
                IsAlwaysEnabled = feature.IsAlwaysEnabled,
                DefaultTenantOnly = feature.DefaultTenantOnly || module.DefaultTenantOnly,
                Replaces = feature.Replaces,
            };
        }
    }

    private static Dictionary<string, IReadOnlyList<Type>> AssignTypes(List<(FeatureInfo Feature, Assembly Assembly)> declared)
    {
        var result = new Dictionary<string, IReadOnlyList<Type>>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in declared.GroupBy(d => d.Assembly))
        {
            var moduleId = group.Key.GetCustomAttribute<ModuleAttribute>()!.Id;
            var known = group.Select(d => d.Feature.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var type in group.Key.GetTypes().Where(t => t.IsClass && !t.IsAbstract && !t.IsNested))
            {
                var id = type.GetCustomAttribute<FeatureAttribute>()?.Id ?? moduleId;
                if (!known.Contains(id))
                {
                    throw new ModuleCatalogException($"{type.FullName} says it belongs to feature {id}, which module {moduleId} does not declare.");
                }

                ((List<Type>)(result.TryGetValue(id, out var list) ? list : result[id] = new List<Type>())).Add(type);
            }
        }

        return result;
    }
}
