using FluentMigrator;

namespace ETamkeen.Data.Migrations;

/// <summary>The document table every tenant has.</summary>
[Migration(1)]
public sealed class DocumentMigrations : Migration
{
    public override void Up()
    {
        Create.Table("Document")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("Type").AsString(255).NotNullable()
            .WithColumn("Content").AsString(int.MaxValue).NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();
        Create.Index("IX_Document_Type").OnTable("Document").OnColumn("Type").Ascending();
    }

    public override void Down() => Delete.Table("Document");
}
