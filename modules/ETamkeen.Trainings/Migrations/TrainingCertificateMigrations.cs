using FluentMigrator;

namespace ETamkeen.Trainings.Migrations;

/// <summary>
/// Certificates: a readable number (<c>ETK-2022-000123</c>) and a random code that the public
/// verification page answers for; one per participant and session.
/// </summary>
[Migration(4)]
public sealed class TrainingCertificateMigrations : Migration
{
    public const string Certificates = "TrainingCertificate";

    public override void Up()
    {
        Create.Table(Certificates)
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("Number").AsString(32).NotNullable().Unique("UX_TrainingCertificate_Number")
            .WithColumn("Code").AsString(32).NotNullable().Unique("UX_TrainingCertificate_Code")
            .WithColumn("ParticipantId").AsInt64().NotNullable()
            .WithColumn("SessionId").AsString(64).Nullable()
            .WithColumn("CertificationPathId").AsString(64).Nullable()
            .WithColumn("IssuedUtc").AsDateTime().NotNullable()
            .WithColumn("ExpiresUtc").AsDateTime().Nullable()
            .WithColumn("RevokedUtc").AsDateTime().Nullable();
        Create.Index("UX_TrainingCertificate_Session").OnTable(Certificates)
            .OnColumn("SessionId").Ascending().OnColumn("ParticipantId").Ascending().WithOptions().Unique();
        Create.Index("IX_TrainingCertificate_Participant").OnTable(Certificates).OnColumn("ParticipantId");
    }

    public override void Down() => Delete.Table(Certificates);
}
