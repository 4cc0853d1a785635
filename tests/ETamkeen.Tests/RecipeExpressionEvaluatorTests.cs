using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ETamkeen.Recipes;
using ETamkeen.Recipes.Scripting;
using Xunit;

namespace ETamkeen.Tests;

public sealed class RecipeExpressionEvaluatorTests : IDisposable
{
    private static readonly Dictionary<string, string?> Parameters = new()
    {
        ["AdminUsername"] = "admin",
        ["AdminUserId"] = "4kxfgdyt0rcrs6b7jcvhcrpv6f",
        ["SiteName"] = "Ministère de la Jeunesse",
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("etk-recipe-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Uuid_gives_distinct_ids_in_orchard_format()
    {
        var steps = Enumerable.Range(0, 200).Select(_ => (JsonNode?)"[js:uuid()]").Append("[js: uuid()]").ToArray();
        var result = Evaluate(new JsonObject { ["name"] = "content", ["Ids"] = new JsonArray(steps) });

        var ids = result["Ids"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.All(ids, id => Assert.Matches("^[0-9abcdefghjkmnpqrstvwxyz]{26}$", id));
        Assert.All(ids, id => Assert.True(OrchardId.IsValid(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void A_variable_used_in_two_steps_is_the_same_id()
    {
        var recipe = Recipe("""
            {
              "variables": { "blogContentItemId": "[js:uuid()]", "adminUrlPrefix": "Admin", },
              "steps": [
                { "name": "content", "data": [ { "ContentItemId": "[js: variables('blogContentItemId')]" } ] },
                { "name": "AdminMenu", "Url": "[js: variables('adminUrlPrefix') + '/Contents/ContentItems/' + variables('blogContentItemId') + '/Display']" },
              ],
            }
            """);
        using var evaluator = new RecipeExpressionEvaluator(recipe, Parameters, _ => null, null);

        var first = evaluator.EvaluateStep(Step(recipe, 0), []);
        var second = evaluator.EvaluateStep(Step(recipe, 1), []);

        var id = first["data"]![0]!["ContentItemId"]!.GetValue<string>();
        Assert.True(OrchardId.IsValid(id));
        Assert.Equal($"Admin/Contents/ContentItems/{id}/Display", second["Url"]!.GetValue<string>());
        Assert.Equal(id, evaluator.EvaluateStep(Step(recipe, 0), [])["data"]![0]!["ContentItemId"]!.GetValue<string>());
    }

    [Fact]
    public void Variables_are_read_in_any_case_and_may_use_earlier_variables_and_functions()
    {
        var recipe = Recipe("""
            {
              "Variables": {
                "prefix": "[js: configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')]",
                "menuUrl": "[js: variables('prefix') + '/Menu']",
                "owner": "[js: parameters('adminuserid')]",
                "settings": { "count": 3, "nested": ["[js: variables('prefix')]"] },
              },
              "steps": [ { "name": "x", "Url": "[js: variables('menuUrl')]", "Owner": "[js: variables('owner')]", "S": "[js: variables('settings').nested[0]]" } ],
            }
            """);
        using var evaluator = new RecipeExpressionEvaluator(recipe, Parameters, _ => null, null);

        var step = evaluator.EvaluateStep(Step(recipe, 0), []);

        Assert.Equal("Admin/Menu", step["Url"]!.GetValue<string>());
        Assert.Equal("4kxfgdyt0rcrs6b7jcvhcrpv6f", step["Owner"]!.GetValue<string>());
        Assert.Equal("Admin", step["S"]!.GetValue<string>());
        Assert.Empty(evaluator.VariableWarnings);
    }

    [Fact]
    public void A_variable_using_one_declared_after_it_is_refused_by_name()
    {
        var recipe = Recipe("""{ "variables": { "a": "[js: variables('b')]", "b": "x" }, "steps": [] }""");

        var error = Assert.Throws<RecipeException>(() => new RecipeExpressionEvaluator(recipe, Parameters, _ => null, null));

        Assert.Contains("'a'", error.Message);
        Assert.Contains("'b'", error.Message);
    }

    [Fact]
    public void An_unknown_variable_is_an_error_naming_it()
    {
        var error = Assert.Throws<RecipeException>(() => Evaluate(new JsonObject { ["Id"] = "[js: variables('blogContentItemId')]" }));

        Assert.Contains("Unknown recipe variable 'blogContentItemId'", error.Message);
    }

    [Fact]
    public void Parameters_are_matched_in_any_case_and_a_missing_one_is_null_with_a_warning()
    {
        var warnings = new List<string>();
        var step = Evaluate(
            new JsonObject { ["Owner"] = "[js: parameters('adminusername')]", ["Site"] = "[js:parameters('SiteName')]", ["Email"] = "[js: parameters('AdminEmail')]" },
            warnings);

        Assert.Equal("admin", step["Owner"]!.GetValue<string>());
        Assert.Equal("Ministère de la Jeunesse", step["Site"]!.GetValue<string>());
        Assert.Null(step["Email"]);
        Assert.True(step.ContainsKey("Email"));
        Assert.Contains(warnings, w => w.Contains("AdminEmail", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_met_while_declaring_variables_are_kept_as_variable_warnings()
    {
        var recipe = Recipe("""{ "variables": { "owner": "[js: parameters('Nobody')]", "footer": "[file:text('footer.html')]" }, "steps": [] }""");

        using var evaluator = new RecipeExpressionEvaluator(recipe, Parameters, _ => null, _folder);

        Assert.Collection(
            evaluator.VariableWarnings,
            w => Assert.Contains("Nobody", w),
            w => Assert.Contains("footer.html", w));
    }

    [Fact]
    public void Configuration_gives_the_setting_or_else_the_default()
    {
        var configuration = new Dictionary<string, string?> { ["OrchardCore_Admin:AdminUrlPrefix"] = "Gestion" };
        var step = Evaluate(
            new JsonObject
            {
                ["Set"] = "[js: configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')]",
                ["Default"] = "[js: configuration('Missing:Key', 'Admin')]",
                ["NoDefault"] = "[js: configuration('Missing:Key')]",
            },
            configuration: key => configuration.GetValueOrDefault(key));

        Assert.Equal("Gestion", step["Set"]!.GetValue<string>());
        Assert.Equal("Admin", step["Default"]!.GetValue<string>());
        Assert.Null(step["NoDefault"]);
    }

    [Fact]
    public void Base64_decodes_an_embedded_template_as_orchard_does()
    {
        const string Template = "<div dir=\"rtl\">{{ Model.ContentItem.DisplayText }} — مرحبا</div>\r\n";
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(Template));

        var step = Evaluate(new JsonObject
        {
            ["Template"] = $"[js: base64('{encoded}')]",
            // From Orchard's blog recipe.
            ["Schema"] = "[js:base64('ew0KICAgICJ0eXBlIjogIkNvbnRlbnRJdGVtL0Jsb2dQb3N0Ig0KfQ==')]",
        });

        Assert.Equal(Template, step["Template"]!.GetValue<string>());
        Assert.Equal("{\r\n    \"type\": \"ContentItem/BlogPost\"\r\n}", step["Schema"]!.GetValue<string>());
    }

    [Fact]
    public void Nested_objects_and_arrays_are_evaluated_and_other_text_is_left_alone()
    {
        var step = Evaluate(JsonNode.Parse("""
            {
              "name": "content",
              "data": [ { "TitlePart": { "Title": "[js: 'Hello ' + parameters('SiteName')]" }, "Tags": [ ["[js: 'a']"], "b" ] } ],
              "[js: 'not evaluated']": "key",
              "Required": "[Required]",
              "Inline": "see [js: uuid()] here",
              "Other": "[liquid: x]",
              "Padded": " [js: uuid()]",
              "Number": 42,
              "Flag": false,
              "Nothing": null
            }
            """)!.AsObject());

        Assert.Equal("Hello Ministère de la Jeunesse", step["data"]![0]!["TitlePart"]!["Title"]!.GetValue<string>());
        Assert.Equal("a", step["data"]![0]!["Tags"]![0]![0]!.GetValue<string>());
        Assert.Equal("key", step["[js: 'not evaluated']"]!.GetValue<string>());
        Assert.Equal("[Required]", step["Required"]!.GetValue<string>());
        Assert.Equal("see [js: uuid()] here", step["Inline"]!.GetValue<string>());
        Assert.Equal("[liquid: x]", step["Other"]!.GetValue<string>());
        Assert.Equal(" [js: uuid()]", step["Padded"]!.GetValue<string>());
        Assert.Equal(42, step["Number"]!.GetValue<int>());
        Assert.False(step["Flag"]!.GetValue<bool>());
        Assert.Null(step["Nothing"]);
    }

    [Fact]
    public void The_step_given_is_not_changed()
    {
        var original = new JsonObject { ["name"] = "x", ["Items"] = new JsonArray("[js: uuid()]") };

        var result = Evaluate(original);

        Assert.Equal("[js: uuid()]", original["Items"]![0]!.GetValue<string>());
        Assert.NotSame(original["Items"], result["Items"]);
    }

    [Fact]
    public void Numbers_booleans_and_objects_keep_their_json_kind()
    {
        var warnings = new List<string>();
        var step = Evaluate(new JsonObject
        {
            ["Int"] = "[js: 1 + 1]",
            ["Real"] = "[js: 5 / 2]",
            ["Bool"] = "[js: 1 < 2]",
            ["Null"] = "[js: null]",
            ["Undefined"] = "[js: undefined]",
            ["Object"] = "[js: ({ Count: 3, Names: ['a', 'b'], When: new Date(0) })]",
            ["Text"] = "[js: '42']",
            ["Infinite"] = "[js: 1 / 0]",
        },
        warnings);

        Assert.Equal(JsonValueKind.Number, step["Int"]!.GetValueKind());
        Assert.Equal(2, step["Int"]!.GetValue<int>());
        Assert.Equal(2.5, step["Real"]!.GetValue<double>());
        Assert.True(step["Bool"]!.GetValue<bool>());
        Assert.Null(step["Null"]);
        Assert.Null(step["Undefined"]);
        Assert.Equal(3, step["Object"]!["Count"]!.GetValue<int>());
        Assert.Equal("b", step["Object"]!["Names"]![1]!.GetValue<string>());
        Assert.Equal("1970-01-01T00:00:00.000Z", step["Object"]!["When"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.String, step["Text"]!.GetValueKind());
        Assert.Null(step["Infinite"]);
        Assert.Contains(warnings, w => w.Contains("Infinity", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("parameters('SiteName'.", "Unexpected end of input")]
    [InlineData("uuid(]", "Unexpected token")]
    [InlineData("throw new Error('no title given')", "no title given")]
    [InlineData("notAFunction()", "notAFunction is not defined")]
    [InlineData("base64('%%%')", "not Base64")]
    public void A_script_error_names_the_script_and_the_reason(string script, string reason)
    {
        var error = Assert.Throws<RecipeException>(() => Evaluate(new JsonObject { ["Value"] = $"[js: {script}]" }));

        Assert.Contains(script, error.Message);
        Assert.Contains(reason, error.Message);
        Assert.DoesNotContain("   at ", error.Message);
    }

    [Theory]
    [InlineData("while (true) {}")]
    [InlineData("for (;;) { var x = [1, 2, 3].map(function (n) { return n * 2; }); }")]
    [InlineData("function f() { return f(); } f()")]
    [InlineData("var s = 'x'; for (;;) { s += s; }")]
    public void A_runaway_script_is_stopped_within_the_time_limit(string script)
    {
        var recipe = Recipe("""{ "steps": [] }""");
        using var evaluator = new RecipeExpressionEvaluator(recipe, Parameters, _ => null, null);
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<RecipeException>(() => evaluator.EvaluateStep(new JsonObject { ["Value"] = $"[js: {script}]" }, []));

        Assert.True(clock.Elapsed < RecipeScriptEngine.TimeLimit + TimeSpan.FromSeconds(1), $"Took {clock.Elapsed}.");
        Assert.Contains(script, error.Message);
        // The same evaluator (and engine) still works for the next step.
        Assert.Equal(2, evaluator.EvaluateStep(new JsonObject { ["Value"] = "[js: 1 + 1]" }, [])["Value"]!.GetValue<int>());
    }

    [Fact]
    public void A_slow_statement_is_stopped_by_the_clock()
    {
        // Few statements but a long time inside the runtime: only the time limit can stop it.
        const string Script = "var a = []; a.length = 1e9; a.sort()";
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<RecipeException>(() => Evaluate(new JsonObject { ["Value"] = $"[js: {Script}]" }));

        Assert.True(clock.Elapsed < RecipeScriptEngine.TimeLimit + TimeSpan.FromSeconds(1), $"Took {clock.Elapsed}.");
        Assert.Contains(Script, error.Message);
        Assert.Contains("longer than", error.Message);
    }

    [Fact]
    public void Scripts_have_no_access_to_the_clr_or_string_compilation()
    {
        Assert.Throws<RecipeException>(() => Evaluate(new JsonObject { ["V"] = "[js: System.IO.File.ReadAllText('/etc/passwd')]" }));
        Assert.Throws<RecipeException>(() => Evaluate(new JsonObject { ["V"] = "[js: importNamespace('System.IO')]" }));
        Assert.Throws<RecipeException>(() => Evaluate(new JsonObject { ["V"] = "[js: eval('1 + 1')]" }));
    }

    [Fact]
    public void File_text_reads_a_side_file_relative_to_the_recipe()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "Snippets"));
        File.WriteAllText(Path.Combine(_folder, "Snippets", "footer.html"), "<p>© {{ Site.SiteName }}</p>");
        File.WriteAllBytes(Path.Combine(_folder, "logo.bin"), [1, 2, 3]);

        var warnings = new List<string>();
        var step = Evaluate(
            new JsonObject
            {
                ["Html"] = "[file:text('Snippets/footer.html')]",
                ["Spaced"] = "[file: text(\"Snippets/footer.html\")]",
                ["Dotted"] = "[file:text('./Snippets/footer.html')]",
                ["Bytes"] = "[file:base64('logo.bin')]",
            },
            warnings,
            folder: _folder);

        Assert.Equal("<p>© {{ Site.SiteName }}</p>", step["Html"]!.GetValue<string>());
        Assert.Equal("<p>© {{ Site.SiteName }}</p>", step["Spaced"]!.GetValue<string>());
        Assert.Equal("<p>© {{ Site.SiteName }}</p>", step["Dotted"]!.GetValue<string>());
        Assert.Equal("AQID", step["Bytes"]!.GetValue<string>());
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_missing_side_file_is_a_warning_naming_it_and_an_empty_value()
    {
        var warnings = new List<string>();
        var withFolder = Evaluate(new JsonObject { ["Html"] = "[file:text('Snippets/landingpage.liquid')]" }, warnings, folder: _folder);
        var withoutFolder = Evaluate(new JsonObject { ["Html"] = "[file:text('Snippets/footer.html')]" }, warnings, folder: null);

        Assert.Equal(string.Empty, withFolder["Html"]!.GetValue<string>());
        Assert.Equal(string.Empty, withoutFolder["Html"]!.GetValue<string>());
        Assert.Collection(
            warnings,
            w => Assert.Contains("Snippets/landingpage.liquid", w),
            w => Assert.Contains("Snippets/footer.html", w));
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("Snippets/../../secret.txt")]
    [InlineData("..\\secret.txt")]
    [InlineData("/etc/passwd")]
    public void A_side_file_path_leaving_the_recipe_folder_is_refused(string path)
    {
        var recipeFolder = Directory.CreateDirectory(Path.Combine(_folder, "recipe")).FullName;
        File.WriteAllText(Path.Combine(_folder, "secret.txt"), "secret");

        var error = Assert.Throws<RecipeException>(() => Evaluate(new JsonObject { ["Html"] = $"[file:text('{path}')]" }, folder: recipeFolder));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void An_unknown_file_expression_is_an_error()
    {
        var error = Assert.Throws<RecipeException>(() => Evaluate(new JsonObject { ["Html"] = "[file:json('x.json')]" }, folder: _folder));

        Assert.Contains("json('x.json')", error.Message);
    }

    [Theory]
    [InlineData("blog.recipe.json", new[] { "Snippets/footer.html" })]
    [InlineData("agency.recipe.json", new[] { "Snippets/footer.html", "Snippets/landingpage.liquid" })]
    [InlineData("headless.recipe.json", new string[0])]
    [InlineData("blog.lucene.search.recipe.json", new string[0])]
    public void Every_step_of_the_orchard_fixtures_evaluates(string file, string[] missingSideFiles)
    {
        var folder = FixturesFolder();
        var recipe = RecipeParser.Parse(File.ReadAllText(Path.Combine(folder, file)));
        using var evaluator = new RecipeExpressionEvaluator(recipe, Parameters, _ => null, folder);
        var warnings = new List<string>(evaluator.VariableWarnings);

        var steps = RecipeParser.Property(recipe, "steps")!.AsArray();
        var evaluated = steps.Select(step => evaluator.EvaluateStep(step!.AsObject(), warnings)).ToList();

        Assert.Equal(steps.Count, evaluated.Count);
        var strings = evaluated.SelectMany(Strings).ToList();
        Assert.DoesNotContain(strings, s => s.Contains("[js:", StringComparison.Ordinal));
        Assert.DoesNotContain(strings, s => s.Contains("[file:", StringComparison.Ordinal));
        Assert.Equal(missingSideFiles.Length, warnings.Count);
        foreach (var missing in missingSideFiles)
        {
            Assert.Contains(warnings, w => w.Contains($"'{missing}'", StringComparison.Ordinal));
        }

        if (file == "blog.recipe.json")
        {
            Assert.Contains("{\r\n    \"type\": \"ContentItem/BlogPost\"\r\n}", strings);
            Assert.Contains("admin", strings);
        }
    }

    private JsonObject Evaluate(
        JsonObject step,
        List<string>? warnings = null,
        Func<string, string?>? configuration = null,
        string? folder = null)
    {
        using var evaluator = new RecipeExpressionEvaluator(Recipe("""{ "steps": [] }"""), Parameters, configuration ?? (_ => null), folder);
        return evaluator.EvaluateStep(step, warnings ?? []);
    }

    private static JsonObject Recipe(string json) => RecipeParser.Parse(json);

    private static JsonObject Step(JsonObject recipe, int index) => RecipeParser.Property(recipe, "steps")![index]!.AsObject();

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static string FixturesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ETamkeen.Orchard.sln")))
        {
            dir = dir.Parent;
        }

        var root = dir?.FullName ?? throw new InvalidOperationException("Repository root (ETamkeen.Orchard.sln) not found.");
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "fixtures", "orchard-recipes"));
    }
}
