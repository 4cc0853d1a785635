namespace ETamkeen.Data;

/// <summary>
/// A JSON document of the store. <see cref="Id"/> is given by the store on first save;
/// <see cref="Version"/> is checked on update, so a stale writer gets a
/// <see cref="ConcurrencyException"/> instead of overwriting.
/// </summary>
public interface IDocument
{
    long Id { get; set; }
    int Version { get; set; }
}
