namespace ETamkeen.Modules;

/// <summary>Dependency ordering of features, stable by id, reporting any cycle by its members.</summary>
public static class FeatureGraph
{
    /// <summary>Ids with each one after all its dependencies.</summary>
    public static IReadOnlyList<string> Sort(IReadOnlyDictionary<string, IReadOnlyList<string>> dependencies)
    {
        var order = new List<string>(dependencies.Count);
        var state = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase); // 1 visiting, 2 done
        var path = new List<string>();

        foreach (var id in dependencies.Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase))
        {
            Visit(id);
        }

        return order;

        void Visit(string id)
        {
            switch (state.GetValueOrDefault(id))
            {
                case 2:
                    return;
                case 1:
                    var start = path.FindIndex(p => string.Equals(p, id, StringComparison.OrdinalIgnoreCase));
                    throw new ModuleCatalogException("Feature dependency cycle: " + string.Join(" -> ", path.Skip(start).Append(id)));
            }

            state[id] = 1;
            path.Add(id);
            foreach (var dep in dependencies[id].OrderBy(d => d, StringComparer.OrdinalIgnoreCase))
            {
                Visit(dependencies.Keys.First(k => string.Equals(k, dep, StringComparison.OrdinalIgnoreCase)));
            }

            path.RemoveAt(path.Count - 1);
            state[id] = 2;
            order.Add(id);
        }
    }
}
