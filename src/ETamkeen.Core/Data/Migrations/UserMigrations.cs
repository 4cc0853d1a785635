using FluentMigrator;

namespace ETamkeen.Data.Migrations;

[Migration(2)]
public sealed class UserMigrations : Migration
{
    public override void Up()
    {
        Create.Table("UserIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable()
            .WithColumn("NormalizedUserName").AsString(255).NotNullable()
            .WithColumn("NormalizedEmail").AsString(255).NotNullable()
            .WithColumn("IsEnabled").AsBoolean().NotNullable();
        Create.Index("IX_UserIndex_DocumentId").OnTable("UserIndex").OnColumn("DocumentId");
        Create.Index("IX_UserIndex_NormalizedUserName").OnTable("UserIndex").OnColumn("NormalizedUserName").Unique();
    }

    public override void Down() => Delete.Table("UserIndex");
}
