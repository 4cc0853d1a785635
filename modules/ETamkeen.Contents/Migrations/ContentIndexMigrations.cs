using FluentMigrator;

namespace ETamkeen.Contents.Migrations;

[Migration(1)]
public sealed class ContentIndexMigrations : Migration
{
    public override void Up()
    {
        Create.Table("ContentItemIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable()
            .WithColumn("ContentItemId").AsString(64).NotNullable()
            .WithColumn("ContentItemVersionId").AsString(64).NotNullable()
            .WithColumn("ContentType").AsString(255).NotNullable()
            .WithColumn("DisplayText").AsString(255).NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Owner").AsString(255).Nullable()
            .WithColumn("Author").AsString(255).Nullable()
            .WithColumn("CreatedUtc").AsDateTime().Nullable()
            .WithColumn("ModifiedUtc").AsDateTime().Nullable()
            .WithColumn("PublishedUtc").AsDateTime().Nullable();
        Create.Index("IX_ContentItemIndex_DocumentId").OnTable("ContentItemIndex").OnColumn("DocumentId");
        Create.Index("IX_ContentItemIndex_Item").OnTable("ContentItemIndex").OnColumn("ContentItemId").Ascending().OnColumn("Latest").Ascending().OnColumn("Published").Ascending();
        Create.Index("IX_ContentItemIndex_Version").OnTable("ContentItemIndex").OnColumn("ContentItemVersionId").Unique();
        Create.Index("IX_ContentItemIndex_Type").OnTable("ContentItemIndex").OnColumn("ContentType").Ascending().OnColumn("Latest").Ascending().OnColumn("ModifiedUtc").Descending();

        Create.Table("AutoroutePartIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable()
            .WithColumn("ContentItemId").AsString(64).NotNullable()
            .WithColumn("Path").AsString(1024).NotNullable()
            .WithColumn("Culture").AsString(16).NotNullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable()
            .WithColumn("IsPrevious").AsBoolean().NotNullable();
        Create.Index("IX_AutoroutePartIndex_DocumentId").OnTable("AutoroutePartIndex").OnColumn("DocumentId");
        Create.Index("IX_AutoroutePartIndex_Path").OnTable("AutoroutePartIndex").OnColumn("Path").Ascending().OnColumn("Published").Ascending();

        Create.Table("AliasPartIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable()
            .WithColumn("ContentItemId").AsString(64).NotNullable()
            .WithColumn("Alias").AsString(255).NotNullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable();
        Create.Index("IX_AliasPartIndex_DocumentId").OnTable("AliasPartIndex").OnColumn("DocumentId");
        Create.Index("IX_AliasPartIndex_Alias").OnTable("AliasPartIndex").OnColumn("Alias");

        Create.Table("LocalizedContentItemIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable()
            .WithColumn("ContentItemId").AsString(64).NotNullable()
            .WithColumn("LocalizationSet").AsString(64).NotNullable()
            .WithColumn("Culture").AsString(16).NotNullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable();
        Create.Index("IX_LocalizedContentItemIndex_DocumentId").OnTable("LocalizedContentItemIndex").OnColumn("DocumentId");
        Create.Index("IX_LocalizedContentItemIndex_Set").OnTable("LocalizedContentItemIndex").OnColumn("LocalizationSet").Ascending().OnColumn("Culture").Ascending();

        Create.Table("ContainedPartIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable()
            .WithColumn("ContentItemId").AsString(64).NotNullable()
            .WithColumn("ListContentItemId").AsString(64).NotNullable()
            .WithColumn("Order").AsInt32().NotNullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable();
        Create.Index("IX_ContainedPartIndex_DocumentId").OnTable("ContainedPartIndex").OnColumn("DocumentId");
        Create.Index("IX_ContainedPartIndex_List").OnTable("ContainedPartIndex").OnColumn("ListContentItemId");

        Create.Table("TaxonomyIndex")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("DocumentId").AsInt64().NotNullable()
            .WithColumn("ContentItemId").AsString(64).NotNullable()
            .WithColumn("ContentType").AsString(255).NotNullable()
            .WithColumn("ContentPart").AsString(255).NotNullable()
            .WithColumn("ContentField").AsString(255).NotNullable()
            .WithColumn("TaxonomyContentItemId").AsString(64).NotNullable()
            .WithColumn("TermContentItemId").AsString(64).NotNullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable();
        Create.Index("IX_TaxonomyIndex_DocumentId").OnTable("TaxonomyIndex").OnColumn("DocumentId");
        Create.Index("IX_TaxonomyIndex_Term").OnTable("TaxonomyIndex").OnColumn("TermContentItemId");
    }

    public override void Down()
    {
        foreach (var table in new[] { "ContentItemIndex", "AutoroutePartIndex", "AliasPartIndex", "LocalizedContentItemIndex", "ContainedPartIndex", "TaxonomyIndex" })
        {
            Delete.Table(table);
        }
    }
}
