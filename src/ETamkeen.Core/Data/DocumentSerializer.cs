using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ETamkeen.Data;

/// <summary>JSON as Orchard writes it: property names as declared, nulls left out.</summary>
public static class DocumentSerializer
{
    private static readonly ConcurrentDictionary<Type, string> TypeNames = new();

    public static JsonSerializerOptions Options { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public static string TypeName(Type type) =>
        TypeNames.GetOrAdd(type, t => t.GetCustomAttribute<DocumentTypeAttribute>()?.Name ?? t.Name);

    public static string Serialize(object document) => JsonSerializer.Serialize(document, document.GetType(), Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is null.");
}
