using FluentMigrator;

namespace ETamkeen.Trainings.Migrations;

/// <summary>
/// Evaluations (hot at the end of a session, cold some weeks later) and the requests sent for
/// them: a request row per participant, session and kind is what keeps anyone from getting the
/// same e-mail twice, and the evaluation's unique key what keeps a second answer out.
/// </summary>
[Migration(3)]
public sealed class TrainingEvaluationMigrations : Migration
{
    public const string Evaluations = "TrainingEvaluation";
    public const string Requests = "TrainingEvaluationRequest";

    public override void Up()
    {
        Create.Table(Evaluations)
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("SessionId").AsString(64).NotNullable()
            .WithColumn("ParticipantId").AsInt64().NotNullable()
            .WithColumn("Kind").AsString(8).NotNullable()
            .WithColumn("Ratings").AsString(1000).NotNullable()
            .WithColumn("Average").AsDouble().NotNullable()
            .WithColumn("Comments").AsString(4000).Nullable()
            .WithColumn("UseAtWork").AsString(4000).Nullable()
            .WithColumn("SubmittedUtc").AsDateTime().NotNullable();
        Create.Index("UX_TrainingEvaluation_Participant").OnTable(Evaluations)
            .OnColumn("SessionId").Ascending().OnColumn("ParticipantId").Ascending().OnColumn("Kind").Ascending().WithOptions().Unique();

        Create.Table(Requests)
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("SessionId").AsString(64).NotNullable()
            .WithColumn("ParticipantId").AsInt64().NotNullable()
            .WithColumn("Kind").AsString(8).NotNullable()
            .WithColumn("SentUtc").AsDateTime().NotNullable()
            .WithColumn("RemindedUtc").AsDateTime().Nullable()
            .WithColumn("TokenHash").AsString(64).NotNullable();
        Create.Index("UX_TrainingEvaluationRequest_Participant").OnTable(Requests)
            .OnColumn("SessionId").Ascending().OnColumn("ParticipantId").Ascending().OnColumn("Kind").Ascending().WithOptions().Unique();
    }

    public override void Down()
    {
        Delete.Table(Requests);
        Delete.Table(Evaluations);
    }
}
