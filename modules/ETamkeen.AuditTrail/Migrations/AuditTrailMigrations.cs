using FluentMigrator;

namespace ETamkeen.AuditTrail.Migrations;

/// <summary>
/// Events are rows of their own table, not documents: they are many, written once, read by
/// date and pruned by date. Dates are UTC in plain timestamp columns, as the index tables'.
/// </summary>
[Migration(1)]
public sealed class AuditTrailMigrations : Migration
{
    public const string Table = "AuditTrailEvent";

    public override void Up()
    {
        Create.Table(Table)
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("CreatedUtc").AsDateTime().NotNullable()
            .WithColumn("Tenant").AsString(255).NotNullable()
            .WithColumn("Category").AsString(64).NotNullable()
            .WithColumn("Action").AsString(64).NotNullable()
            .WithColumn("Subject").AsString(255).NotNullable()
            .WithColumn("SubjectDisplay").AsString(255).Nullable()
            .WithColumn("UserId").AsString(255).Nullable()
            .WithColumn("UserName").AsString(255).NotNullable()
            .WithColumn("ClientIp").AsString(64).Nullable()
            .WithColumn("Details").AsString(4000).Nullable();
        Create.Index("IX_AuditTrailEvent_CreatedUtc").OnTable(Table).OnColumn("CreatedUtc");
        Create.Index("IX_AuditTrailEvent_Category").OnTable(Table).OnColumn("Category").Ascending().OnColumn("CreatedUtc").Descending();
        Create.Index("IX_AuditTrailEvent_UserName").OnTable(Table).OnColumn("UserName");
    }

    public override void Down() => Delete.Table(Table);
}
