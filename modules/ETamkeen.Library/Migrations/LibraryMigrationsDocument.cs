using ETamkeen.Data;

namespace ETamkeen.Library.Migrations;

/// <summary>Which content-definition migration steps of the library a tenant has run.</summary>
[DocumentType("LibraryMigrations")]
public sealed class LibraryMigrationsDocument : IDocument
{
    public long Id { get; set; }
    public int Version { get; set; }
    public int Applied { get; set; }
}
