using System.Collections.Concurrent;
using System.Reflection;

namespace ETamkeen.Data;

/// <summary>The SQL of one index table, derived once from its class.</summary>
internal sealed class IndexTable
{
    private static readonly ConcurrentDictionary<(Type, string), IndexTable> Cache = new();

    private IndexTable(Type type, ISqlDialect dialect)
    {
        var columns = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite)
            .Select(p => p.Name)
            .ToList();
        var table = dialect.Quote(type.Name);
        Name = type.Name;
        Insert = $"INSERT INTO {table} ({string.Join(", ", columns.Select(dialect.Quote))}) VALUES ({string.Join(", ", columns.Select(c => "@" + c))})";
        DeleteForDocument = $"DELETE FROM {table} WHERE {dialect.Quote(nameof(MapIndex.DocumentId))} = @id";
    }

    public string Name { get; }
    public string Insert { get; }
    public string DeleteForDocument { get; }

    public static IndexTable For(Type type, ISqlDialect dialect) => Cache.GetOrAdd((type, dialect.Name), k => new IndexTable(k.Item1, dialect));
}
