namespace ETamkeen.Data;

/// <summary>
/// A row of a typed index table: the table is named after the class, its columns after the
/// public properties, and <see cref="DocumentId"/> ties it to its document. Module
/// migrations create the table; <see cref="IIndexProvider"/> fills it on every save.
/// </summary>
public abstract class MapIndex
{
    public long DocumentId { get; set; }
}
