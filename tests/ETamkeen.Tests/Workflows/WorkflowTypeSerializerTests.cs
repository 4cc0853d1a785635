using System.Text.Json;
using ETamkeen.Workflows.Activities;
using ETamkeen.Workflows.Services;
using Xunit;

namespace ETamkeen.Tests.Workflows;

public sealed class WorkflowTypeSerializerTests
{
    // As Orchard exports it: extra keys (Id, LockTimeout...) and expression objects.
    private const string Orchard = """
        {
          "Id": 0, "WorkflowTypeId": "4mzz2dw0fj2h8y8b0k0vzz2bqr", "Name": "Notify on publish", "IsEnabled": true,
          "IsSingleton": false, "LockTimeout": 0, "LockExpiration": 0, "DeleteFinishedWorkflows": false,
          "Activities": [
            { "ActivityId": "a1", "Name": "ContentPublishedEvent", "X": 10, "Y": 20, "IsStart": true, "Properties": { "ContentTypeFilter": ["Article"] } },
            { "ActivityId": "a2", "Name": "LogTask", "X": 30, "Y": 40, "IsStart": false, "Properties": { "LogLevel": "Information", "Text": { "Expression": "{{ ContentItem.DisplayText }}" } } }
          ],
          "Transitions": [ { "Id": 0, "SourceActivityId": "a1", "SourceOutcomeName": "Done", "DestinationActivityId": "a2" } ]
        }
        """;

    [Fact]
    public void Reads_orchard_json_and_writes_it_back_in_the_same_shape()
    {
        var type = WorkflowTypeSerializer.Read(Orchard);
        Assert.Empty(WorkflowTypeSerializer.Validate(type));
        Assert.Equal(2, type.Activities.Count);
        Assert.Equal("Article", type.Activities[0].Properties["ContentTypeFilter"]![0]!.GetValue<string>());

        var written = WorkflowTypeSerializer.Write(type);
        Assert.Equal("{{ ContentItem.DisplayText }}", written["Activities"]![1]!["Properties"]!["Text"]!["Expression"]!.GetValue<string>());
        Assert.Equal("a2", written["Transitions"]![0]!["DestinationActivityId"]!.GetValue<string>());
        Assert.Equal(WorkflowTypeSerializer.ToJson(type), WorkflowTypeSerializer.ToJson(WorkflowTypeSerializer.Read(written)));
    }

    [Fact]
    public void A_transition_to_a_missing_activity_and_duplicate_ids_are_reported()
    {
        var type = WorkflowTypeSerializer.Read(Orchard.Replace("\"DestinationActivityId\": \"a2\"", "\"DestinationActivityId\": \"zz\"").Replace("\"ActivityId\": \"a2\"", "\"ActivityId\": \"a1\""));
        var errors = WorkflowTypeSerializer.Validate(type);
        Assert.Contains(errors, e => e.Contains("zz", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("ActivityId of its own", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_of_the_wrong_shape_is_a_json_error()
    {
        Assert.ThrowsAny<JsonException>(() => WorkflowTypeSerializer.Read("""{ "Activities": "many" }"""));
    }

    [Theory]
    [InlineData("0 8 * * 1", "2026-11-23T08:00:00")]
    [InlineData("*/15 * * * *", "2026-11-22T10:30:00")]
    [InlineData("30 0 9 * * *", "2026-11-23T09:00:30")]
    public void Cron_expressions_give_the_next_occurrence_in_utc(string cron, string expected)
    {
        var next = CronSchedules.Next(cron, new DateTime(2026, 11, 22, 10, 17, 0, DateTimeKind.Utc));
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
        Assert.Equal(DateTimeKind.Utc, next.Kind);
    }

    [Fact]
    public void A_bad_cron_expression_says_so()
    {
        var e = Assert.Throws<FormatException>(() => CronSchedules.Next("every monday", DateTime.UtcNow));
        Assert.Contains("every monday", e.Message);
    }
}
