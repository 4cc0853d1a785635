using FluentMigrator;

namespace ETamkeen.Workflows.Migrations;

/// <summary>
/// What makes starts atomic and runs recoverable across nodes:
/// <list type="bullet">
/// <item><c>WorkflowStartLock</c>: a row per running singleton type (key <c>*</c>) or exclusive
/// correlation id (key <c>c:{id}</c>), inserted in the transaction that inserts the instance; the
/// primary key lets one of two concurrent starts in, on SQLite and PostgreSQL alike.</item>
/// <item><c>RunActivityId</c>/<c>RunBlockingId</c> on instances: what a run was doing when it was
/// claimed, so that a run whose process died can be faulted at that activity and restarted.</item>
/// <item><c>WorkflowTypeRevision</c>: one counter raised by every change of a type, which each
/// node compares with its cached copy of the enabled types.</item>
/// </list>
/// </summary>
[Migration(20261123002)]
public sealed class WorkflowReliabilityMigration : Migration
{
    public const string StartLockTable = "WorkflowStartLock";
    public const string RevisionTable = "WorkflowTypeRevision";

    public override void Up()
    {
        Create.Table(StartLockTable)
            .WithColumn("WorkflowTypeId").AsString(64).PrimaryKey("PK_WorkflowStartLock")
            .WithColumn("LockKey").AsString(300).PrimaryKey("PK_WorkflowStartLock")
            .WithColumn("WorkflowId").AsString(64).NotNullable()
            .WithColumn("CreatedUtc").AsDateTime().NotNullable();
        Create.Index("IX_WorkflowStartLock_WorkflowId").OnTable(StartLockTable).OnColumn("WorkflowId");

        Alter.Table(WorkflowMigrations.InstanceTable)
            .AddColumn("RunActivityId").AsString(64).Nullable()
            .AddColumn("RunBlockingId").AsInt64().Nullable();

        Create.Table(RevisionTable)
            .WithColumn("Id").AsInt32().PrimaryKey()
            .WithColumn("Revision").AsInt64().NotNullable();
        Insert.IntoTable(RevisionTable).Row(new { Id = 1, Revision = 1L });
    }

    public override void Down()
    {
        Delete.Table(RevisionTable);
        Delete.Column("RunActivityId").Column("RunBlockingId").FromTable(WorkflowMigrations.InstanceTable);
        Delete.Table(StartLockTable);
    }
}
