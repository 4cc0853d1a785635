namespace ETamkeen.Contents.Metadata;

/// <summary>The tenant's content types and parts, defined as data.</summary>
public interface IContentDefinitionManager
{
    Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync();

    Task<ContentTypeDefinition?> GetTypeAsync(string name);

    Task<ContentDefinitionDocument> LoadAsync();

    /// <summary>Changes the definitions in one save; the cache of every shell of this tenant follows.</summary>
    Task AlterAsync(Action<ContentDefinitionDocument> change);
}
