using FluentMigrator;

namespace ETamkeen.Workflows.Migrations;

/// <summary>
/// User tasks may name users besides roles (<c>UserTaskEvent.Users</c>): the blocking row keeps
/// them as <c>|name|name|</c>, like <c>Roles</c>, so "My tasks" finds a user's tasks from the row alone.
/// </summary>
[Migration(20261123001)]
public sealed class UserTaskUsersMigration : Migration
{
    public override void Up() =>
        Alter.Table(WorkflowMigrations.BlockingTable)
            .AddColumn("Users").AsString(2000).NotNullable().WithDefaultValue("");

    public override void Down() => Delete.Column("Users").FromTable(WorkflowMigrations.BlockingTable);
}
