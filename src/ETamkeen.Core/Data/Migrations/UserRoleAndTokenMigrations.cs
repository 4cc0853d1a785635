using FluentMigrator;

namespace ETamkeen.Data.Migrations;

[Migration(3)]
public sealed class UserRoleAndTokenMigrations : Migration
{
    public override void Up()
    {
        // Sign-in cookies and API tokens name the user by id: found through the index, not by scanning.
        Alter.Table("UserIndex").AddColumn("UserId").AsString(64).NotNullable().WithDefaultValue("");
        Create.Index("IX_UserIndex_UserId").OnTable("UserIndex").OnColumn("UserId");

        Create.Table("UserRoleIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable()
            .WithColumn("RoleName").AsString(255).NotNullable();
        Create.Index("IX_UserRoleIndex_DocumentId").OnTable("UserRoleIndex").OnColumn("DocumentId");
        Create.Index("IX_UserRoleIndex_RoleName").OnTable("UserRoleIndex").OnColumn("RoleName");

        Create.Table("UserApiTokenIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable()
            .WithColumn("TokenHash").AsString(64).NotNullable();
        Create.Index("IX_UserApiTokenIndex_DocumentId").OnTable("UserApiTokenIndex").OnColumn("DocumentId");
        Create.Index("IX_UserApiTokenIndex_TokenHash").OnTable("UserApiTokenIndex").OnColumn("TokenHash").Unique();
    }

    public override void Down()
    {
        Delete.Index("IX_UserIndex_UserId").OnTable("UserIndex");
        Delete.Column("UserId").FromTable("UserIndex");
        Delete.Table("UserRoleIndex");
        Delete.Table("UserApiTokenIndex");
    }
}
