using FluentMigrator;

namespace ETamkeen.Workflows.Migrations;

/// <summary>
/// Workflows keep their own tables rather than documents: instances are many, written at each
/// step and pruned by age, and events must find their waiting instances with one indexed query.
/// Dates are UTC in plain timestamp columns; JSON is text.
/// </summary>
[Migration(1)]
public sealed class WorkflowMigrations : Migration
{
    public const string TypeTable = "WorkflowType";
    public const string VersionTable = "WorkflowTypeVersion";
    public const string InstanceTable = "WorkflowInstance";
    public const string BlockingTable = "WorkflowBlockingActivity";
    public const string StartTimerTable = "WorkflowStartTimer";

    public override void Up()
    {
        Create.Table(TypeTable)
            .WithColumn("WorkflowTypeId").AsString(64).PrimaryKey()
            .WithColumn("Name").AsString(255).NotNullable()
            .WithColumn("IsEnabled").AsBoolean().NotNullable()
            .WithColumn("LatestVersion").AsInt32().NotNullable()
            .WithColumn("ModifiedUtc").AsDateTime().NotNullable();

        // Every version a type had, so that an instance resumes on the definition it started with.
        Create.Table(VersionTable)
            .WithColumn("WorkflowTypeId").AsString(64).PrimaryKey("PK_WorkflowTypeVersion")
            .WithColumn("Version").AsInt32().PrimaryKey("PK_WorkflowTypeVersion")
            .WithColumn("Definition").AsString(int.MaxValue).NotNullable()
            .WithColumn("CreatedUtc").AsDateTime().NotNullable();

        Create.Table(InstanceTable)
            .WithColumn("WorkflowId").AsString(64).PrimaryKey()
            .WithColumn("WorkflowTypeId").AsString(64).NotNullable()
            .WithColumn("TypeVersion").AsInt32().NotNullable()
            .WithColumn("Status").AsString(16).NotNullable()
            .WithColumn("CorrelationId").AsString(255).NotNullable()
            .WithColumn("State").AsString(int.MaxValue).NotNullable()
            .WithColumn("FaultMessage").AsString(2000).Nullable()
            .WithColumn("CreatedUtc").AsDateTime().NotNullable()
            .WithColumn("ModifiedUtc").AsDateTime().NotNullable()
            .WithColumn("RowVersion").AsInt32().NotNullable();
        Create.Index("IX_WorkflowInstance_Type_Status").OnTable(InstanceTable).OnColumn("WorkflowTypeId").Ascending().OnColumn("Status").Ascending();
        Create.Index("IX_WorkflowInstance_CorrelationId").OnTable(InstanceTable).OnColumn("CorrelationId");
        Create.Index("IX_WorkflowInstance_Status_Modified").OnTable(InstanceTable).OnColumn("Status").Ascending().OnColumn("ModifiedUtc").Ascending();

        Create.Table(BlockingTable)
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("WorkflowId").AsString(64).NotNullable()
            .WithColumn("WorkflowTypeId").AsString(64).NotNullable()
            .WithColumn("ActivityId").AsString(64).NotNullable()
            .WithColumn("ActivityName").AsString(128).NotNullable()
            .WithColumn("CorrelationId").AsString(255).NotNullable()
            .WithColumn("DueUtc").AsDateTime().Nullable()
            .WithColumn("Roles").AsString(1024).NotNullable()
            .WithColumn("CreatedUtc").AsDateTime().NotNullable();
        Create.Index("IX_WorkflowBlocking_Name_Correlation").OnTable(BlockingTable).OnColumn("ActivityName").Ascending().OnColumn("CorrelationId").Ascending();
        Create.Index("IX_WorkflowBlocking_WorkflowId").OnTable(BlockingTable).OnColumn("WorkflowId");
        Create.Index("IX_WorkflowBlocking_DueUtc").OnTable(BlockingTable).OnColumn("DueUtc");

        // The next time each TimerEvent that starts a type fires; claimed by moving it on.
        Create.Table(StartTimerTable)
            .WithColumn("WorkflowTypeId").AsString(64).PrimaryKey("PK_WorkflowStartTimer")
            .WithColumn("ActivityId").AsString(64).PrimaryKey("PK_WorkflowStartTimer")
            .WithColumn("DueUtc").AsDateTime().NotNullable();
    }

    public override void Down()
    {
        Delete.Table(StartTimerTable);
        Delete.Table(BlockingTable);
        Delete.Table(InstanceTable);
        Delete.Table(VersionTable);
        Delete.Table(TypeTable);
    }
}
