namespace ETamkeen.Contents.Metadata;

/// <summary>
/// Types and parts a feature defines in code (Menu, Taxonomy...): present whenever the feature
/// is enabled; definitions stored by recipes or the type editor merge over them.
/// </summary>
public interface IContentDefinitionProvider
{
    void Define(ContentDefinitionDocument definitions);
}
