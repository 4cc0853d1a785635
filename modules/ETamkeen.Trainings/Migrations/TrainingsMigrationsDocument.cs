using ETamkeen.Data;

namespace ETamkeen.Trainings.Migrations;

/// <summary>Which content-definition migration steps of the trainings module a tenant has run.</summary>
[DocumentType("TrainingsMigrations")]
public sealed class TrainingsMigrationsDocument : IDocument
{
    public long Id { get; set; }
    public int Version { get; set; }
    public int Applied { get; set; }
}
