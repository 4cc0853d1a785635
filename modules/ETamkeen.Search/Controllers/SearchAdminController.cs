using ETamkeen.Search.Indexing;
using ETamkeen.Search.Services;
using ETamkeen.Search.ViewModels;
using ETamkeen.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Search.Controllers;

/// <summary>The tenant's indexes: their size on this node, their settings, rebuild and reset.</summary>
[Permission("ManageLuceneIndexes")]
[AutoValidateAntiforgeryToken]
[Route("admin/search/indexes")]
public sealed class SearchAdminController(
    LuceneIndexSettingsManager indexes,
    LuceneIndexStore store,
    LuceneIndexer indexer,
    IStringLocalizer<SearchAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var rows = new List<IndexRow>();
        foreach (var (name, settings) in (await indexes.GetAsync()).Indices.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            using var lease = store.Acquire(name);
            rows.Add(new IndexRow(name, settings.AnalyzerName, settings.Culture, settings.IndexedContentTypes.Count, lease?.Reader.NumDocs ?? 0, store.Position(name)?.TaskId));
        }

        return View(new IndexListViewModel { Indexes = rows, DefaultIndex = await indexes.DefaultIndexAsync() });
    }

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", new IndexEditViewModel { IsNew = true });

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name) =>
        await indexes.GetAsync(name) is { } settings ? View(IndexEditViewModel.From(name, settings)) : NotFound();

    [HttpPost("save")]
    public async Task<IActionResult> Save(IndexEditViewModel model)
    {
        var settings = model.ToSettings();
        var existing = await indexes.GetAsync(model.Name);
        if (LuceneIndexSettingsManager.Problem(model.Name, settings) is { } problem)
        {
            ModelState.AddModelError(nameof(model.Name), t["The index can't be saved: {0}", problem]);
        }
        else if (model.IsNew && existing is not null)
        {
            ModelState.AddModelError(nameof(model.Name), t["An index named {0} already exists.", model.Name]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", model);
        }

        await indexes.SaveAsync(model.Name, settings);
        await indexer.RebuildAsync(model.Name, settings);
        TempData["Notice"] = t["Index {0} saved and rebuilt.", model.Name].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{name}/rebuild")]
    public async Task<IActionResult> Rebuild(string name)
    {
        if (await indexes.GetAsync(name) is not { } settings)
        {
            return NotFound();
        }

        await indexer.RebuildAsync(name, settings);
        TempData["Notice"] = t["Index {0} rebuilt.", name].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{name}/reset")]
    public async Task<IActionResult> Reset(string name)
    {
        if (await indexes.GetAsync(name) is not { } settings)
        {
            return NotFound();
        }

        await indexer.ResetAsync(name, settings);
        await indexer.CatchUpAsync();
        TempData["Notice"] = t["Index {0} reset: the indexing log was replayed into it.", name].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> Delete(string name)
    {
        if (!await indexes.RemoveAsync(name))
        {
            return NotFound();
        }

        await store.DeleteAsync(name);
        TempData["Notice"] = t["Index {0} deleted.", name].Value;
        return RedirectToAction(nameof(Index));
    }
}
