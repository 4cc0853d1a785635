using FluentMigrator;

namespace ETamkeen.Search.Migrations;

/// <summary>
/// The log every node replays to keep its own Lucene copy in step: one row per changed item,
/// written in the transaction of the change, read by id after a node's last applied one.
/// </summary>
[Migration(1)]
public sealed class IndexingTaskMigrations : Migration
{
    public const string Table = "IndexingTask";

    public override void Up()
    {
        Create.Table(Table)
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("ContentItemId").AsString(64).NotNullable()
            .WithColumn("Type").AsInt32().NotNullable()
            .WithColumn("CreatedUtc").AsDateTime().NotNullable();
    }

    public override void Down() => Delete.Table(Table);
}
