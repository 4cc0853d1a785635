using System.Globalization;
using System.Text.Json.Nodes;
using ETamkeen.Contents.Admin;
using ETamkeen.Contents.Metadata;
using ETamkeen.Contents.Services;
using ETamkeen.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Controllers;

/// <summary>Content types defined without code: types, their parts, their fields and the fields' settings.</summary>
[Permission("EditContentTypes")]
[AutoValidateAntiforgeryToken]
[Route("admin/content-types")]
public sealed class ContentTypesAdminController(IContentDefinitionManager definitions, IStringLocalizer<ContentTypesAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> List() => View(await definitions.ListTypesAsync());

    [HttpPost("create")]
    public async Task<IActionResult> Create(string? name, string? displayName)
    {
        var types = await definitions.ListTypesAsync();
        string? error = null;
        if (string.IsNullOrWhiteSpace(name) || !ContentTypeEditor.TechnicalName().IsMatch(name))
        {
            error = t["A technical name starts with a letter and has only letters, digits and underscores."];
        }
        else if (types.Any(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            error = t["There is already a type named {0}.", name];
        }

        if (error is not null)
        {
            ModelState.AddModelError("name", error);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("List", types);
        }

        await definitions.AlterAsync(d => d.ContentTypeDefinitionRecords.Add(ContentTypeEditor.NewType(name!, string.IsNullOrWhiteSpace(displayName) ? name! : displayName.Trim())));
        TempData["Notice"] = t["Type {0} created.", name!].Value;
        return RedirectToAction(nameof(Edit), new { name });
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name) =>
        await definitions.GetTypeAsync(name) is { } type ? View(type) : NotFound();

    [HttpPost("{name}")]
    public Task<IActionResult> Save(string name, string? displayName, bool creatable, bool listable, bool draftable, bool versionable, bool securable) =>
        AlterTypeAsync(name, (_, type) =>
        {
            type.DisplayName = string.IsNullOrWhiteSpace(displayName) ? type.DisplayName : displayName.Trim();
            var flags = ContentTypeEditor.Section(type.Settings, "ContentTypeSettings");
            flags["Creatable"] = creatable;
            flags["Listable"] = listable;
            flags["Draftable"] = draftable;
            flags["Versionable"] = versionable;
            flags["Securable"] = securable;
            return null;
        }, t["Saved."]);

    [HttpPost("{name}/parts/add")]
    public Task<IActionResult> AddPart(string name, string? partName) =>
        AlterTypeAsync(name, (_, type) =>
        {
            if (partName is null || !ContentTypeEditor.AttachableParts.Contains(partName))
            {
                return t["Choose a part from the list."];
            }

            if (type.ContentTypePartDefinitionRecords.Any(p => p.Name == partName))
            {
                return t["The type already has {0}.", partName];
            }

            type.ContentTypePartDefinitionRecords.Add(ContentTypeEditor.Part(partName, partName, type.ContentTypePartDefinitionRecords.Count * 10));
            return null;
        }, t["Part added."]);

    [HttpPost("{name}/parts/{part}/remove")]
    public Task<IActionResult> RemovePart(string name, string part) =>
        AlterTypeAsync(name, (_, type) => type.ContentTypePartDefinitionRecords.RemoveAll(p => p.Name == part) == 0 ? t["No part {0} on this type.", part].Value : null, t["Part removed."]);

    [HttpPost("{name}/fields/add")]
    public Task<IActionResult> AddField(string name, string? fieldName, string? fieldDisplayName, string? fieldKind) =>
        AlterTypeAsync(name, (document, type) =>
        {
            if (string.IsNullOrWhiteSpace(fieldName) || !ContentTypeEditor.TechnicalName().IsMatch(fieldName))
            {
                return t["A field's technical name starts with a letter and has only letters, digits and underscores."];
            }

            if (fieldKind is null || !ContentTypeEditor.FieldKinds.Contains(fieldKind))
            {
                return t["Choose a kind of field from the list."];
            }

            var own = ContentTypeEditor.OwnPart(document, type);
            if (own.ContentPartFieldDefinitionRecords.Any(f => string.Equals(f.Name, fieldName, StringComparison.OrdinalIgnoreCase)))
            {
                return t["There is already a field named {0}.", fieldName];
            }

            own.ContentPartFieldDefinitionRecords.Add(new ContentPartFieldDefinitionRecord
            {
                FieldName = fieldKind,
                Name = fieldName,
                Settings = new JsonObject { ["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = string.IsNullOrWhiteSpace(fieldDisplayName) ? fieldName : fieldDisplayName.Trim() } },
            });
            ContentTypeEditor.Renumber(own);
            return null;
        }, t["Field added."]);

    [HttpPost("{name}/fields/{field}/move")]
    public Task<IActionResult> MoveField(string name, string field, string? direction) =>
        AlterTypeAsync(name, (document, type) =>
        {
            var own = ContentTypeEditor.OwnPart(document, type);
            var fields = own.ContentPartFieldDefinitionRecords;
            fields.Sort((a, b) => Position(a).CompareTo(Position(b)));
            var index = fields.FindIndex(f => f.Name == field);
            var target = direction == "up" ? index - 1 : index + 1;
            if (index < 0 || target < 0 || target >= fields.Count)
            {
                return index < 0 ? t["No field {0}.", field].Value : null;
            }

            (fields[index], fields[target]) = (fields[target], fields[index]);
            ContentTypeEditor.Renumber(own);
            return null;
        }, t["Order saved."]);

    [HttpPost("{name}/fields/{field}/remove")]
    public Task<IActionResult> RemoveField(string name, string field) =>
        AlterTypeAsync(name, (document, type) =>
            ContentTypeEditor.OwnPart(document, type).ContentPartFieldDefinitionRecords.RemoveAll(f => f.Name == field) == 0 ? t["No field {0}.", field].Value : null,
            t["Field removed."]);

    [HttpPost("{name}/fields/{field}/settings")]
    public Task<IActionResult> FieldSettings(string name, string field, string? displayName, string? hint, bool required, string? minimum, string? maximum, string? maxLength, string? pattern) =>
        AlterTypeAsync(name, (document, type) =>
        {
            var record = ContentTypeEditor.OwnPart(document, type).ContentPartFieldDefinitionRecords.FirstOrDefault(f => f.Name == field);
            if (record is null)
            {
                return t["No field {0}.", field];
            }

            if (!Number(minimum, out var min) || !Number(maximum, out var max) || !Number(maxLength, out var length))
            {
                return t["Minimum, maximum and maximum length are numbers."];
            }

            if (!string.IsNullOrEmpty(pattern))
            {
                try
                {
                    _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100));
                }
                catch (ArgumentException)
                {
                    return t["The pattern is not a valid regular expression."];
                }
            }

            var common = ContentTypeEditor.Section(record.Settings, "ContentPartFieldSettings");
            common["DisplayName"] = string.IsNullOrWhiteSpace(displayName) ? field : displayName.Trim();
            var specific = ContentTypeEditor.Section(record.Settings, record.FieldName + "Settings");
            specific["Hint"] = string.IsNullOrWhiteSpace(hint) ? null : hint.Trim();
            specific["Required"] = required;
            specific["Minimum"] = min is null ? null : JsonValue.Create(min);
            specific["Maximum"] = max is null ? null : JsonValue.Create(max);
            specific["MaxLength"] = length is null ? null : JsonValue.Create(length);
            specific["Pattern"] = string.IsNullOrWhiteSpace(pattern) ? null : pattern;
            return null;
        }, t["Field settings saved."]);

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> Delete(string name)
    {
        if (await definitions.GetTypeAsync(name) is null)
        {
            return NotFound();
        }

        await definitions.AlterAsync(d => ContentDefinitionMerger.Delete(d, [name], []));
        TempData["Notice"] = t["Type {0} deleted; its items are kept.", name].Value;
        return RedirectToAction(nameof(List));
    }

    private async Task<IActionResult> AlterTypeAsync(string name, Func<ContentDefinitionDocument, ContentTypeDefinitionRecord, string?> change, LocalizedString done)
    {
        var effective = await definitions.GetTypeAsync(name);
        if (effective is null)
        {
            return NotFound();
        }

        string? error = null;
        try
        {
            await definitions.AlterAsync(document =>
            {
            var type = document.ContentTypeDefinitionRecords.FirstOrDefault(x => x.Name == name);
            if (type is null)
            {
                // A type defined in code: the stored record starts as its copy.
                type = new ContentTypeDefinitionRecord
                {
                    Name = effective.Name,
                    DisplayName = effective.DisplayName,
                    Settings = (JsonObject)effective.Settings.DeepClone(),
                    ContentTypePartDefinitionRecords = [.. effective.Parts.Select(p => new ContentTypePartDefinitionRecord { PartName = p.PartName, Name = p.Name, Settings = (JsonObject)p.Settings.DeepClone() })],
                };
                document.ContentTypeDefinitionRecords.Add(type);
            }

            error = change(document, type);
            if (error is not null)
            {
                // Refused: leave before the definitions are saved.
                throw new EditRefusedException();
            }
            });
        }
        catch (EditRefusedException)
        {
        }

        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", await definitions.GetTypeAsync(name));
        }

        TempData["Notice"] = done.Value;
        return RedirectToAction(nameof(Edit), new { name });
    }

    private static double Position(ContentPartFieldDefinitionRecord field) =>
        double.TryParse(field.Settings["ContentPartFieldSettings"]?["Position"]?.ToString(), CultureInfo.InvariantCulture, out var p) ? p : double.MaxValue;

    private static bool Number(string? text, out double? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private sealed class EditRefusedException : Exception;
}
