using ETamkeen.Contents.Indexes;
using ETamkeen.Data;
using ETamkeen.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Contents.Templates;

public sealed class TemplateEditViewModel
{
    public string? OriginalName { get; init; }
    public string Name { get; init; } = "";
    public string Content { get; init; } = "";
    public string? Description { get; init; }

    /// <summary>A published item of the template's type, to look at the result.</summary>
    public string? PreviewPath { get; init; }
}

/// <summary>Liquid templates that override a content type's display, edited by administrators.</summary>
[Permission("ManageTemplates")]
[AutoValidateAntiforgeryToken]
[Route("admin/templates")]
public sealed class TemplatesAdminController(TemplatesManager templates, IDocumentSession session, IStringLocalizer<TemplatesAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> List() =>
        View(new SortedDictionary<string, Template>((await templates.GetAsync()).Templates, StringComparer.Ordinal));

    [HttpGet("create")]
    public IActionResult Create() => View("Edit", new TemplateEditViewModel { Name = "Content__" });

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name) =>
        (await templates.GetAsync()).Templates.TryGetValue(name, out var template)
            ? View(new TemplateEditViewModel { OriginalName = name, Name = name, Content = template.Content, Description = template.Description, PreviewPath = await PreviewPathAsync(name) })
            : NotFound();

    [HttpPost("save")]
    public async Task<IActionResult> Save(string? originalName, string? name, string? content, string? description)
    {
        var model = new TemplateEditViewModel { OriginalName = originalName, Name = name?.Trim() ?? "", Content = content ?? "", Description = description };
        var existing = (await templates.GetAsync()).Templates;
        if (!TemplatesManager.IsValidName(model.Name))
        {
            ModelState.AddModelError("name", t["A template name is a shape name such as Content__BlogPost."]);
        }
        else if (model.Name != originalName && existing.ContainsKey(model.Name))
        {
            ModelState.AddModelError("name", t["There is already a template named {0}.", model.Name]);
        }

        if (TemplatesManager.Validate(model.Content) is { } error)
        {
            ModelState.AddModelError("content", t["The template is not valid Liquid: {0}", error]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", model);
        }

        await templates.UpdateAsync(all =>
        {
            if (!string.IsNullOrEmpty(originalName) && originalName != model.Name)
            {
                all.Remove(originalName);
            }

            all[model.Name] = new Template { Content = model.Content, Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim() };
        });
        TempData["Notice"] = t["Template {0} saved.", model.Name].Value;
        return RedirectToAction(nameof(Edit), new { name = model.Name });
    }

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> Delete(string name)
    {
        if (!(await templates.GetAsync()).Templates.ContainsKey(name))
        {
            return NotFound();
        }

        await templates.UpdateAsync(all => all.Remove(name));
        TempData["Notice"] = t["Template {0} deleted.", name].Value;
        return RedirectToAction(nameof(List));
    }

    private async Task<string?> PreviewPathAsync(string name)
    {
        const string prefix = "Content__";
        if (!name.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var items = await session.QueryAsync<ContentItem, ContentItemIndex>(
            "i.\"ContentType\" = @type AND i.\"Published\" = @yes", new { type = name[prefix.Length..], yes = true }, take: 1);
        return items.FirstOrDefault()?.Text("AutoroutePart", "Path");
    }
}
