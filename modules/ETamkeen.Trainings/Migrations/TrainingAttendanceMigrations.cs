using FluentMigrator;

namespace ETamkeen.Trainings.Migrations;

/// <summary>
/// Attendance per session day: one mark per participant and day, so marking again (from the
/// sheet or an import) replaces the mark instead of adding a second one.
/// </summary>
[Migration(2)]
public sealed class TrainingAttendanceMigrations : Migration
{
    public const string Attendance = "TrainingAttendance";

    public override void Up()
    {
        Create.Table(Attendance)
            .WithColumn("SessionId").AsString(64).NotNullable().PrimaryKey("PK_TrainingAttendance")
            .WithColumn("ParticipantId").AsInt64().NotNullable().PrimaryKey("PK_TrainingAttendance")
                .ForeignKey("FK_TrainingAttendance_Participant", TrainingRecordsMigrations.Participants, "Id")
            .WithColumn("Day").AsString(10).NotNullable().PrimaryKey("PK_TrainingAttendance")
            .WithColumn("Status").AsString(16).NotNullable()
            .WithColumn("MarkedBy").AsString(255).NotNullable()
            .WithColumn("MarkedUtc").AsDateTime().NotNullable();
        Create.Index("IX_TrainingAttendance_Participant").OnTable(Attendance).OnColumn("ParticipantId");
    }

    public override void Down() => Delete.Table(Attendance);
}
