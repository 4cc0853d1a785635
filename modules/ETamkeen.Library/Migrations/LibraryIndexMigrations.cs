using FluentMigrator;

namespace ETamkeen.Library.Migrations;

/// <summary>
/// The library's map index (one row per version of an entry: what the public page filters and
/// counts) and its review table (one row per entry: the editorial state contributors can't edit).
/// </summary>
[Migration(1)]
public sealed class LibraryIndexMigrations : Migration
{
    public const string ReviewTable = "LibraryReview";

    public override void Up()
    {
        Create.Table("LibraryEntryIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable()
            .WithColumn("ContentItemId").AsString(64).NotNullable()
            .WithColumn("ContentType").AsString(255).NotNullable()
            .WithColumn("Culture").AsString(16).NotNullable()
            .WithColumn("LocalizationSet").AsString(64).NotNullable()
            .WithColumn("Title").AsString(255).NotNullable()
            .WithColumn("AxisTermIds").AsString(1024).NotNullable()
            .WithColumn("Administration").AsString(255).NotNullable()
            .WithColumn("Year").AsInt32().Nullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable()
            .WithColumn("PublishedUtc").AsDateTime().Nullable();
        Create.Index("IX_LibraryEntryIndex_DocumentId").OnTable("LibraryEntryIndex").OnColumn("DocumentId");
        Create.Index("IX_LibraryEntryIndex_Published").OnTable("LibraryEntryIndex").OnColumn("Published").Ascending().OnColumn("Culture").Ascending();
        Create.Index("IX_LibraryEntryIndex_Item").OnTable("LibraryEntryIndex").OnColumn("ContentItemId").Ascending().OnColumn("Latest").Ascending();

        Create.Table(ReviewTable)
            .WithColumn("ContentItemId").AsString(64).PrimaryKey()
            .WithColumn("Status").AsString(16).NotNullable()
            .WithColumn("SubmittedBy").AsString(255).Nullable()
            .WithColumn("SubmittedUtc").AsDateTime().Nullable()
            .WithColumn("ReturnComment").AsString(2000).Nullable()
            .WithColumn("ReviewedBy").AsString(255).Nullable()
            .WithColumn("ReviewedUtc").AsDateTime().Nullable();
        Create.Index("IX_LibraryReview_Status").OnTable(ReviewTable).OnColumn("Status").Ascending().OnColumn("SubmittedUtc").Ascending();
    }

    public override void Down()
    {
        Delete.Table(ReviewTable);
        Delete.Table("LibraryEntryIndex");
    }
}
