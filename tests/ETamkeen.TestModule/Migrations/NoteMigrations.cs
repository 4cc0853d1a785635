using FluentMigrator;

namespace ETamkeen.TestModule.Migrations;

[Migration(1)]
public sealed class NoteMigrations : Migration
{
    public override void Up()
    {
        Create.Table("NoteIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable()
            .WithColumn("Title").AsString(200).NotNullable();
    }

    public override void Down() => Delete.Table("NoteIndex");
}
