using FluentMigrator;

namespace ETamkeen.Trainings.Migrations;

/// <summary>
/// The catalogue's map indexes (what the catalogue and calendar filter on without reading
/// documents) and the records that aren't content: participants, registrations, the seat counter
/// each session's registrations are serialised on, and focal points.
/// </summary>
[Migration(1)]
public sealed class TrainingRecordsMigrations : Migration
{
    public const string Participants = "TrainingParticipant";
    public const string Registrations = "TrainingRegistration";
    public const string Seats = "TrainingSeats";
    public const string FocalPoints = "TrainingFocalPoint";

    public override void Up()
    {
        Create.Table("TrainingIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable()
            .WithColumn("ContentItemId").AsString(64).NotNullable()
            .WithColumn("Culture").AsString(16).NotNullable()
            .WithColumn("LocalizationSet").AsString(64).NotNullable()
            .WithColumn("Title").AsString(255).NotNullable()
            .WithColumn("AxisTermId").AsString(64).NotNullable()
            .WithColumn("ModalityTermId").AsString(64).NotNullable()
            .WithColumn("DurationHours").AsInt32().Nullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable();
        Create.Index("IX_TrainingIndex_DocumentId").OnTable("TrainingIndex").OnColumn("DocumentId");
        Create.Index("IX_TrainingIndex_Published").OnTable("TrainingIndex").OnColumn("Published").Ascending().OnColumn("Culture").Ascending();

        Create.Table("TrainingSessionIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable()
            .WithColumn("ContentItemId").AsString(64).NotNullable()
            .WithColumn("Title").AsString(255).NotNullable()
            .WithColumn("TrainingSet").AsString(64).NotNullable()
            .WithColumn("RegionTermId").AsString(64).NotNullable()
            .WithColumn("LevelTermId").AsString(64).NotNullable()
            .WithColumn("City").AsString(255).NotNullable()
            .WithColumn("AdministrationIds").AsString(2048).NotNullable()
            .WithColumn("StartDate").AsDateTime().Nullable()
            .WithColumn("EndDate").AsDateTime().Nullable()
            .WithColumn("MaxCapacity").AsInt32().NotNullable()
            .WithColumn("Cancelled").AsBoolean().NotNullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable();
        Create.Index("IX_TrainingSessionIndex_DocumentId").OnTable("TrainingSessionIndex").OnColumn("DocumentId");
        Create.Index("IX_TrainingSessionIndex_Dates").OnTable("TrainingSessionIndex").OnColumn("Published").Ascending().OnColumn("StartDate").Ascending();
        Create.Index("IX_TrainingSessionIndex_Item").OnTable("TrainingSessionIndex").OnColumn("ContentItemId").Ascending().OnColumn("Latest").Ascending();

        Create.Table(Participants)
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("Email").AsString(255).NotNullable().Unique("UX_TrainingParticipant_Email")
            .WithColumn("FirstName").AsString(128).NotNullable()
            .WithColumn("LastName").AsString(128).NotNullable()
            .WithColumn("Sex").AsString(1).NotNullable()
            .WithColumn("AdministrationId").AsString(64).NotNullable()
            .WithColumn("Grade").AsString(128).NotNullable()
            .WithColumn("RegionTermId").AsString(64).NotNullable()
            .WithColumn("Function").AsString(255).NotNullable()
            .WithColumn("UserName").AsString(255).Nullable()
            .WithColumn("CreatedUtc").AsDateTime().NotNullable();
        Create.Index("IX_TrainingParticipant_Administration").OnTable(Participants).OnColumn("AdministrationId");
        Create.Index("IX_TrainingParticipant_UserName").OnTable(Participants).OnColumn("UserName");

        Create.Table(Registrations)
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("SessionId").AsString(64).NotNullable()
            .WithColumn("ParticipantId").AsInt64().NotNullable().ForeignKey("FK_TrainingRegistration_Participant", Participants, "Id")
            .WithColumn("AdministrationId").AsString(64).NotNullable()
            .WithColumn("Status").AsString(16).NotNullable()
            .WithColumn("WaitlistPosition").AsInt64().Nullable()
            .WithColumn("RequestedBy").AsString(255).NotNullable()
            .WithColumn("RequestedUtc").AsDateTime().NotNullable()
            .WithColumn("DecidedBy").AsString(255).Nullable()
            .WithColumn("DecidedUtc").AsDateTime().Nullable()
            .WithColumn("Reason").AsString(1000).Nullable();
        Create.Index("UX_TrainingRegistration_Participant").OnTable(Registrations).OnColumn("SessionId").Ascending().OnColumn("ParticipantId").Ascending().WithOptions().Unique();
        Create.Index("IX_TrainingRegistration_Session").OnTable(Registrations).OnColumn("SessionId").Ascending().OnColumn("Status").Ascending().OnColumn("WaitlistPosition").Ascending();
        Create.Index("IX_TrainingRegistration_ParticipantId").OnTable(Registrations).OnColumn("ParticipantId");
        Create.Index("IX_TrainingRegistration_Administration").OnTable(Registrations).OnColumn("AdministrationId");

        Create.Table(Seats)
            .WithColumn("SessionId").AsString(64).PrimaryKey()
            .WithColumn("Taken").AsInt32().NotNullable()
            .WithColumn("WaitCounter").AsInt64().NotNullable();

        Create.Table(FocalPoints)
            .WithColumn("UserName").AsString(255).NotNullable().PrimaryKey("PK_TrainingFocalPoint")
            .WithColumn("AdministrationId").AsString(64).NotNullable().PrimaryKey("PK_TrainingFocalPoint");
        Create.Index("IX_TrainingFocalPoint_Administration").OnTable(FocalPoints).OnColumn("AdministrationId");
    }

    public override void Down()
    {
        Delete.Table(FocalPoints);
        Delete.Table(Seats);
        Delete.Table(Registrations);
        Delete.Table(Participants);
        Delete.Table("TrainingSessionIndex");
        Delete.Table("TrainingIndex");
    }
}
