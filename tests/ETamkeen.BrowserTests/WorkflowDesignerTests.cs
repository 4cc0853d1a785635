using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ETamkeen.BrowserTests.Harness;
using Microsoft.Playwright;
using Xunit;

namespace ETamkeen.BrowserTests;

/// <summary>An administrator draws a workflow with the mouse and the keyboard, saves it, and it runs when a page is published.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkflowDesignerTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Designer_builds_a_workflow_that_runs_when_a_page_is_published()
    {
        await fixture.Portal.EnableFeatureAsync("ETamkeen.Workflows");
        var page = await OpenDesignerAsync("fr-FR");
        await using var context = page.Context;

        await page.Locator("#wf-name").FillAsync("Conçu dans le navigateur");
        await page.Locator("[data-add-activity=ContentPublishedEvent]").ClickAsync();
        await page.Locator("#wf-is-start").CheckAsync();
        await page.Locator("#wf-prop-ContentTypeFilter").FillAsync("Page");
        await page.Locator("[data-add-activity=SetPropertyTask]").ClickAsync();
        var task = page.Locator(".wf-node[data-activity-id=activity2] .wf-box");
        var before = await BoxAsync(task);

        // Drag the task's box 300 px right and 100 px up.
        await page.Mouse.MoveAsync(before.X + 30, before.Y + 10);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(before.X + 130, before.Y - 30, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.MoveAsync(before.X + 330, before.Y - 90, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();

        // Connect Done → the task by dragging from the event's outcome handle.
        var handle = await BoxAsync(page.Locator(".wf-node[data-activity-id=activity1] .wf-outcome[data-outcome=Done]"));
        var target = await BoxAsync(task);
        await page.Mouse.MoveAsync(handle.X + handle.Width - 2, handle.Y + handle.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + target.Height / 2, new MouseMoveOptions { Steps = 8 });
        await page.Mouse.UpAsync();
        Assert.Equal(1, await page.Locator("svg.wf-lines path.wf-transition").CountAsync());

        // Configure the task, and move it once more with the keyboard.
        await task.ClickAsync();
        await page.Locator("#wf-prop-PropertyName").FillAsync("publishedType");
        await page.Locator("#wf-prop-Value").FillAsync("input('ContentItem').ContentType");
        await page.Locator(".wf-node[data-activity-id=activity2] .wf-box").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");

        await page.Locator("#wf-save").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/designer", StringComparison.Ordinal));
        var id = new Uri(page.Url).AbsolutePath.Split('/')[^2];

        using var api = fixture.Portal.Client();
        var saved = await api.GetFromJsonAsync<JsonElement>($"api/workflows/types/{id}");
        var activities = saved.GetProperty("Activities").EnumerateArray().ToDictionary(a => a.GetProperty("ActivityId").GetString()!);
        Assert.True(activities["activity1"].GetProperty("IsStart").GetBoolean());
        Assert.Equal("Page", activities["activity1"].GetProperty("Properties").GetProperty("ContentTypeFilter")[0].GetString());
        var x = activities["activity2"].GetProperty("X").GetInt32();
        var y = activities["activity2"].GetProperty("Y").GetInt32();
        Assert.True(x >= 300, $"the dragged box's X is {x}");
        Assert.Equal(180 - 100 + 10, y);
        var transition = Assert.Single(saved.GetProperty("Transitions").EnumerateArray());
        Assert.Equal(("activity1", "Done", "activity2"), (transition.GetProperty("SourceActivityId").GetString(), transition.GetProperty("SourceOutcomeName").GetString(), transition.GetProperty("DestinationActivityId").GetString()));

        await fixture.Portal.CreateContentAsync(new Dictionary<string, object> { ["ContentType"] = "Page", ["TitlePart"] = new { Title = "Publiée par le test du concepteur" } });
        JsonElement instance = default;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var instances = await api.GetFromJsonAsync<JsonElement>($"api/workflows/types/{id}/instances");
            if (instances.GetArrayLength() > 0)
            {
                instance = instances[0];
                break;
            }

            await Task.Delay(200);
        }

        Assert.Equal(JsonValueKind.Object, instance.ValueKind);
        Assert.Equal("Finished", instance.GetProperty("Status").GetString());
        var detail = await api.GetFromJsonAsync<JsonElement>($"api/workflows/instances/{instance.GetProperty("WorkflowId").GetString()}");
        Assert.Equal("Page", detail.GetProperty("State").GetProperty("Properties").GetProperty("publishedType").GetString());
    }

    [Fact]
    public async Task Designer_undoes_and_redoes_and_a_drag_at_half_size_saves_the_true_coordinates()
    {
        await fixture.Portal.EnableFeatureAsync("ETamkeen.Workflows");
        var page = await OpenDesignerAsync("fr-FR");
        await using var context = page.Context;
        Assert.True(await page.Locator("#wf-undo").IsDisabledAsync());
        await page.Locator("#wf-name").FillAsync("Annuler et zoomer");
        await page.Locator("[data-add-activity=ContentPublishedEvent]").ClickAsync();
        await page.Locator("#wf-is-start").CheckAsync();
        await page.Locator("#wf-prop-ContentTypeFilter").FillAsync("Page");
        await page.Locator("[data-add-activity=LogTask]").ClickAsync();
        await page.Locator("#wf-prop-Text").FillAsync("Publiée");
        await page.Locator(".wf-node[data-activity-id=activity1] .wf-box").ClickAsync();
        await page.Locator("#wf-connect-button").ClickAsync();
        var node = page.Locator(".wf-node[data-activity-id=activity2]");
        var task = node.Locator(".wf-box");
        Assert.Equal((60, 180), await PositionAsync(node));

        // A drag, undone with Ctrl+Z, redone and undone with the buttons.
        await DragAsync(page, task, 200, 40);
        Assert.Equal((260, 220), await PositionAsync(node));
        await page.Keyboard.PressAsync("Control+z");
        Assert.Equal((60, 180), await PositionAsync(node));
        await page.Locator("#wf-redo").ClickAsync();
        Assert.Equal((260, 220), await PositionAsync(node));
        await page.Locator("#wf-undo").ClickAsync();
        Assert.Equal((60, 180), await PositionAsync(node));

        // Adding, deleting and a property edit undo too; Ctrl+Y redoes.
        await page.Locator("[data-add-activity=NotifyTask]").ClickAsync();
        Assert.Equal(3, await page.Locator(".wf-node").CountAsync());
        await page.Locator("#wf-undo").ClickAsync();
        Assert.Equal(2, await page.Locator(".wf-node").CountAsync());
        await page.Keyboard.PressAsync("Control+y");
        Assert.Equal(3, await page.Locator(".wf-node").CountAsync());
        await page.Locator(".wf-node[data-activity-id=activity3] .wf-box").ClickAsync();
        await page.Locator("#wf-delete-activity").ClickAsync();
        Assert.Equal(2, await page.Locator(".wf-node").CountAsync());
        await page.Locator("#wf-undo").ClickAsync();
        await page.Locator("#wf-undo").ClickAsync();
        Assert.Equal(2, await page.Locator(".wf-node").CountAsync());
        await task.ClickAsync();
        await page.Locator("#wf-prop-Text").FillAsync("Changé");
        await page.Locator("#wf-undo").ClickAsync();
        Assert.Equal("Publiée", await page.Locator("#wf-prop-Text").InputValueAsync());
        Assert.Equal(1, await page.Locator("svg.wf-lines path.wf-transition").CountAsync());

        // At 50 %, 100 screen pixels are 200 of the drawing's.
        await page.Locator("#wf-zoom-out").ClickAsync();
        await page.Locator("#wf-zoom-out").ClickAsync();
        Assert.Equal("Zoom : 50 %", await page.Locator("#wf-zoom-level").InnerTextAsync());
        Assert.True(await page.Locator("#wf-zoom-out").IsDisabledAsync());
        await DragAsync(page, task, 100, 50);
        Assert.Equal((260, 280), await PositionAsync(node));
        await page.Locator("#wf-zoom-reset").ClickAsync();
        Assert.Equal("Zoom : 100 %", await page.Locator("#wf-zoom-level").InnerTextAsync());
        Assert.Equal(1, await page.Locator("svg.wf-lines path.wf-transition").CountAsync());

        await page.Locator("#wf-save").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/designer", StringComparison.Ordinal));
        var id = new Uri(page.Url).AbsolutePath.Split('/')[^2];
        using var api = fixture.Portal.Client();
        var saved = await api.GetFromJsonAsync<JsonElement>($"api/workflows/types/{id}");
        var activity = saved.GetProperty("Activities").EnumerateArray().Single(a => a.GetProperty("ActivityId").GetString() == "activity2");
        Assert.Equal((260, 280), (activity.GetProperty("X").GetInt32(), activity.GetProperty("Y").GetInt32()));
        Assert.Equal("Publiée", activity.GetProperty("Properties").GetProperty("Text").GetProperty("Expression").GetString());
    }

    [Theory]
    [InlineData("fr-FR", "fr")]
    [InlineData("ar-MA", "ar")]
    public async Task Designer_has_no_WCAG_2_1_AA_violation(string locale, string culture)
    {
        await fixture.Portal.EnableFeatureAsync("ETamkeen.Workflows");
        var page = await OpenDesignerAsync(locale);
        await using var context = page.Context;
        Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));

        // Boxes, a selection, a transition and the problems a save shows: the page as it is used.
        await page.Locator("[data-add-activity=ContentPublishedEvent]").ClickAsync();
        await page.Locator("[data-add-activity=LogTask]").ClickAsync();
        await page.Locator(".wf-node[data-activity-id=activity1] .wf-box").ClickAsync();
        await page.Locator("#wf-connect-button").ClickAsync();
        Assert.Equal(1, await page.Locator("svg.wf-lines path.wf-transition").CountAsync());
        await page.Locator("[data-add-activity=NotifyTask]").ClickAsync();
        await page.Locator(".wf-node[data-activity-id=activity3] .wf-box").FocusAsync();
        await page.Keyboard.PressAsync("Delete");
        Assert.Equal(2, await page.Locator(".wf-node").CountAsync());
        await page.Locator("#wf-save").ClickAsync();
        await page.Locator("#wf-problems li").First.WaitForAsync();
        // The messages are the translations with their values in place, beside the box and in the list.
        Assert.DoesNotContain("{", await page.Locator("#wf-problems").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".wf-node[data-activity-id=activity2] .wf-node-problems li").CountAsync() > 0);
        Assert.Equal("ltr", await page.GetAttributeAsync("#wf-canvas", "dir"));

        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(results.Violations.Length == 0, $"designer ({culture}):\n" + string.Join("\n", results.Violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}")))));
    }

    private async Task<IPage> OpenDesignerAsync(string locale)
    {
        var page = await fixture.NewPageAsync(locale);
        await page.SetViewportSizeAsync(1440, 1100);
        await fixture.SignInAsync(page);
        var response = await page.GotoAsync("/admin/workflows/create");
        Assert.Equal(200, response?.Status);
        return page;
    }

    private static async Task DragAsync(IPage page, ILocator box, int dx, int dy)
    {
        var from = await BoxAsync(box);
        await page.Mouse.MoveAsync(from.X + 10, from.Y + 5);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(from.X + 10 + dx / 2f, from.Y + 5 + dy / 2f, new MouseMoveOptions { Steps = 4 });
        await page.Mouse.MoveAsync(from.X + 10 + dx, from.Y + 5 + dy, new MouseMoveOptions { Steps = 4 });
        await page.Mouse.UpAsync();
    }

    private static async Task<(int X, int Y)> PositionAsync(ILocator node)
    {
        var style = await node.EvaluateAsync<string[]>("n => [n.style.left, n.style.top]");
        return (int.Parse(style[0].Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(style[1].Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator)
    {
        await locator.ScrollIntoViewIfNeededAsync();
        return await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("The element has no box.");
    }
}
