using ETamkeen.IntegrationTests.Harness;
using Xunit;
using static ETamkeen.IntegrationTests.Workflows.WorkflowSite;

namespace ETamkeen.IntegrationTests.Workflows;

/// <summary>Content events start workflows: an e-mail on publication, and a workflow that feeds itself stops.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class WorkflowContentTests(WorkflowPortalFactory portal)
{
    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_content_published_workflow_imported_by_recipe_sends_an_email(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        var to = SmtpTestServer.NewAddress("editor");

        // Orchard's shape, with its property names for the e-mail task.
        var recipe = $$$"""
            {
              "name": "notify-on-publish",
              "steps": [
                { "name": "WorkflowType", "data": [ {
                    "WorkflowTypeId": "notifyonpublish0000000000001", "Name": "Notify on publish", "IsEnabled": true,
                    "IsSingleton": false, "LockTimeout": 0, "LockExpiration": 0, "DeleteFinishedWorkflows": false,
                    "Activities": [
                      { "ActivityId": "published", "Name": "ContentPublishedEvent", "X": 0, "Y": 0, "IsStart": true,
                        "Properties": { "ActivityMetadata": { "Title": null }, "ContentTypeFilter": ["Page"] } },
                      { "ActivityId": "mail", "Name": "EmailTask", "X": 300, "Y": 0, "IsStart": false,
                        "Properties": {
                          "RecipientsExpression": { "Expression": "{{{to}}}" },
                          "SubjectExpression": { "Expression": "Published: {{ ContentItem.DisplayText }}" },
                          "Body": { "Expression": "<p>{{ Workflow.Input.ContentItem.DisplayText }} is online ({{ Workflow.CorrelationId }}).</p>" },
                          "IsHtmlBody": true } }
                    ],
                    "Transitions": [ { "Id": 0, "SourceActivityId": "published", "SourceOutcomeName": "Done", "DestinationActivityId": "mail" } ]
                } ] }
              ]
            }
            """;
        var import = await RecipeAsync(tenant, recipe);
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());

        var draft = await CreatePageAsync(tenant, "Brouillon", publish: false);
        var id = await CreatePageAsync(tenant, "Formation cybersécurité");

        var message = await portal.Smtp.WaitForMessageToAsync(to);
        Assert.Equal("Published: Formation cybersécurité", message.Subject);
        Assert.Contains($"Formation cybersécurité is online ({id})", message.HtmlBody);

        var instance = await SingleInstanceAsync(tenant, "notifyonpublish0000000000001");
        Assert.Equal("Finished", Status(instance));
        Assert.Equal(id, instance.GetProperty("CorrelationId").GetString());
        Assert.NotEqual(draft, id);
    }

    [Theory]
    [MemberData(nameof(Databases.Providers), MemberType = typeof(Databases))]
    public async Task A_workflow_that_creates_what_starts_it_stops_at_the_depth_limit(string provider)
    {
        var tenant = await TenantAsync(portal, provider);
        await ImportOkAsync(tenant, Type("recursivepages00000000000001", "Pages breed pages",
            [
                ("created", "ContentCreatedEvent", """{ "ContentTypeFilter": ["Page"] }"""),
                ("create", "CreateContentTask", """{ "ContentType": "Page", "Publish": true, "ContentProperties": { "Expression": "{ \"TitlePart\": { \"Title\": \"Copy of {{ ContentItem.DisplayText }}\" } }" } }"""),
            ],
            [("created", "Done", "create")]));

        await CreatePageAsync(tenant, "Seed");

        // Eight levels by default: the first workflow and seven started by their own pages.
        var instances = await InstancesAsync(tenant, "recursivepages00000000000001");
        Assert.Equal(8, instances.Count);
        Assert.All(instances, i => Assert.Equal("Finished", Status(i)));
        Assert.Contains("pong", await tenant.Api().GetStringAsync($"{tenant.Path}/api/ping"));
    }
}
