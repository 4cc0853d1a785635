using System.Globalization;
using System.Text.Json.Nodes;
using ETamkeen.Contents.Handlers;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Admin;

/// <summary>
/// Builds the editor of any type from its definition, and applies a posted form back onto the
/// item's JSON. Inputs the form can't parse (a number that isn't one) become errors next to
/// the field; everything else is validated by the same handlers as the API and recipes.
/// </summary>
public sealed class ContentEditorService(IStringLocalizer<ContentEditorService> t)
{
    private static readonly Dictionary<string, (string Property, string Kind)[]> PartInputs = new(StringComparer.Ordinal)
    {
        ["TitlePart"] = [("Title", "text")],
        ["AutoroutePart"] = [("Path", "text")],
        ["HtmlBodyPart"] = [("Html", "html")],
        ["MarkdownBodyPart"] = [("Markdown", "textarea")],
        ["AliasPart"] = [("Alias", "text")],
        ["LocalizationPart"] = [("Culture", "culture")],
        ["ContainedPart"] = [("ListContentItemId", "text")],
    };

    private static readonly Dictionary<string, (string Property, string Kind)[]> FieldInputs = new(StringComparer.Ordinal)
    {
        ["TextField"] = [("Text", "text")],
        ["HtmlField"] = [("Html", "html")],
        ["MarkdownField"] = [("Markdown", "textarea")],
        ["NumericField"] = [("Value", "number")],
        ["BooleanField"] = [("Value", "checkbox")],
        ["DateField"] = [("Value", "date")],
        ["DateTimeField"] = [("Value", "datetime-local")],
        ["LinkField"] = [("Url", "url"), ("Text", "text")],
        ["ContentPickerField"] = [("ContentItemIds", "list")],
        ["TaxonomyField"] = [("TermContentItemIds", "list")],
        ["MediaField"] = [("Paths", "list")],
        ["UserPickerField"] = [("UserIds", "list")],
        ["LocalizationSetContentPickerField"] = [("LocalizationSets", "list")],
    };

    public IReadOnlyList<EditorGroup> Build(ContentItem item, ContentTypeDefinition type, IDictionary<string, string[]> errors, IReadOnlyList<string> cultures)
    {
        var groups = new List<EditorGroup>();
        foreach (var part in type.Parts)
        {
            var json = item.Content[part.Name] as JsonObject;
            var inputs = new List<EditorInput>();
            if (PartInputs.TryGetValue(part.PartName, out var partInputs))
            {
                foreach (var (property, kind) in partInputs)
                {
                    var key = $"{part.Name}.{property}";
                    inputs.Add(new EditorInput(key, t[property].Value, kind, Read(json?[property], kind), key,
                        Required: part.PartName == "TitlePart" && part.Settings["TitlePartSettings"]?["Options"]?.ToString() is "EditableRequired" or "3",
                        Hint: part.PartName == "AutoroutePart" ? t["Leave empty to make it from the title."].Value : null,
                        Options: kind == "culture" ? cultures : null)
                    { Errors = Errors(errors, key, $"{part.Name}") });
                }
            }

            foreach (var field in part.Fields)
            {
                if (!FieldInputs.TryGetValue(field.FieldName, out var fieldInputs))
                {
                    continue;
                }

                var value = json?[field.Name] as JsonObject;
                var settings = field.Section(field.FieldName + "Settings");
                foreach (var (property, kind) in fieldInputs)
                {
                    var name = $"{part.Name}.{field.Name}.{property}";
                    var label = fieldInputs.Length == 1 ? field.DisplayName : $"{field.DisplayName} ({t[property]})";
                    inputs.Add(new EditorInput(name, label, kind, Read(value?[property], kind), $"{part.Name}.{field.Name}",
                        Required: JsonValues.Flag(settings, "Required"),
                        Hint: JsonValues.Text(settings, "Hint"))
                    { Errors = Errors(errors, $"{part.Name}.{field.Name}", null) });
                }
            }

            if (inputs.Count > 0)
            {
                groups.Add(new EditorGroup(part.Name, part.Name == type.Name ? type.DisplayName : part.DisplayName, inputs));
            }
        }

        return groups;
    }

    /// <summary>Writes the posted values into the item; values that can't be parsed are reported in <paramref name="errors"/>.</summary>
    public void Apply(IFormCollection form, ContentItem item, ContentTypeDefinition type, ContentResult errors)
    {
        foreach (var part in type.Parts)
        {
            var json = item.Part(part.Name);
            if (PartInputs.TryGetValue(part.PartName, out var partInputs))
            {
                foreach (var (property, kind) in partInputs)
                {
                    var key = $"{part.Name}.{property}";
                    if (form.ContainsKey(key) || kind == "checkbox")
                    {
                        json[property] = Parse(form[key].ToString(), kind, key, errors);
                    }
                }
            }

            foreach (var field in part.Fields)
            {
                if (!FieldInputs.TryGetValue(field.FieldName, out var fieldInputs))
                {
                    continue;
                }

                if (json[field.Name] is not JsonObject value)
                {
                    value = [];
                    json[field.Name] = value;
                }

                foreach (var (property, kind) in fieldInputs)
                {
                    var name = $"{part.Name}.{field.Name}.{property}";
                    if (form.ContainsKey(name) || kind == "checkbox")
                    {
                        value[property] = Parse(form[name].ToString(), kind, $"{part.Name}.{field.Name}", errors);
                    }
                }
            }
        }
    }

    private JsonNode? Parse(string raw, string kind, string errorKey, ContentResult errors)
    {
        var text = raw.Trim();
        switch (kind)
        {
            case "checkbox":
                return JsonValue.Create(text.Split(',').Contains("true", StringComparer.OrdinalIgnoreCase));
            case "number":
                if (text.Length == 0)
                {
                    return null;
                }

                if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    return JsonValue.Create(number);
                }

                errors.Add(errorKey, t["Enter a number."].Value);
                return null;
            case "list":
                return new JsonArray([.. text.Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => JsonValue.Create(s))]);
            case "datetime-local" or "date":
                return text.Length == 0 ? null : JsonValue.Create(text);
            default:
                return text.Length == 0 ? null : JsonValue.Create(raw);
        }
    }

    private static string? Read(JsonNode? node, string kind) => node switch
    {
        null => null,
        JsonArray array => string.Join("\n", array.Select(a => a?.ToString())),
        JsonValue v when kind == "date" && DateTime.TryParse(v.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        JsonValue v when kind == "datetime-local" && DateTime.TryParse(v.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var d) => d.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        _ => node.ToString(),
    };

    private static IReadOnlyList<string> Errors(IDictionary<string, string[]> errors, string key, string? alsoKey) =>
        [.. errors.TryGetValue(key, out var e) ? e : [], .. alsoKey is not null && alsoKey != key && errors.TryGetValue(alsoKey, out var more) ? more : []];
}
