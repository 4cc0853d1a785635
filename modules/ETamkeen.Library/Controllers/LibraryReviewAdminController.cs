using ETamkeen.Contents;
using ETamkeen.Library.Models;
using ETamkeen.Library.Services;
using ETamkeen.Library.ViewModels;
using ETamkeen.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Library.Controllers;

/// <summary>The reviewers' queue: submitted entries (or returned, or published ones), to publish or send back with a comment.</summary>
[Permission("ReviewLibraryEntries")]
[AutoValidateAntiforgeryToken]
[Route("admin/library/review")]
public sealed class LibraryReviewAdminController(
    LibraryReviewStore reviews,
    LibraryReviewService flow,
    IContentManager contents,
    IStringLocalizer<LibraryReviewAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, string? type, string? q)
    {
        var state = Enum.TryParse<LibraryReviewStatus>(status, ignoreCase: true, out var s) && s != LibraryReviewStatus.Draft ? s : LibraryReviewStatus.Submitted;
        var filterType = LibraryContent.IsLibraryType(type) ? type : null;
        var rows = new List<LibraryQueueRow>();
        foreach (var review in await reviews.ListAsync(state))
        {
            if (await contents.GetAsync(review.ContentItemId, VersionOptions.Latest) is not { } item
                || (filterType is not null && item.ContentType != filterType)
                || (!string.IsNullOrWhiteSpace(q) && !item.DisplayText.Contains(q.Trim(), StringComparison.CurrentCultureIgnoreCase)))
            {
                continue;
            }

            rows.Add(new LibraryQueueRow(item, review));
        }

        return View(new LibraryQueueViewModel { Status = state, Type = filterType, Query = q, Rows = rows });
    }

    [HttpPost("{id}/publish")]
    public async Task<IActionResult> Publish(string id) =>
        Outcome(await flow.PublishAsync(User, id), t["The entry is published."].Value);

    [HttpPost("{id}/return")]
    public async Task<IActionResult> Return(string id, string? comment) =>
        Outcome(await flow.ReturnAsync(User, id, comment), t["The entry went back to its author with your comment."].Value);

    private IActionResult Outcome(LibraryActionResult result, string done)
    {
        switch (result)
        {
            case LibraryActionResult.Done:
                TempData["Notice"] = done;
                return RedirectToAction(nameof(Index));
            case LibraryActionResult.NotFound:
                return NotFound();
            case LibraryActionResult.Forbidden:
                return Forbid();
            case LibraryActionResult.Invalid:
                TempData["Notice"] = t["Say what the author should change (at most {0} characters).", LibraryReviewService.MaxCommentLength].Value;
                return RedirectToAction(nameof(Index));
            default:
                TempData["Notice"] = t["This entry is not waiting for review."].Value;
                return RedirectToAction(nameof(Index));
        }
    }
}
