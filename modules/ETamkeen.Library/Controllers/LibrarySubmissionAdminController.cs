using ETamkeen.Contents;
using ETamkeen.Contents.Indexes;
using ETamkeen.Contents.Security;
using ETamkeen.Data;
using ETamkeen.Library.Models;
using ETamkeen.Library.Services;
using ETamkeen.Library.ViewModels;
using ETamkeen.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Library.Controllers;

/// <summary>A contributor's own entries with where each stands, the reviewer's comment, and "Submit for review".</summary>
[Permission("SubmitLibraryEntries")]
[AutoValidateAntiforgeryToken]
[Route("admin/library")]
public sealed class LibrarySubmissionAdminController(
    IDocumentSession session,
    LibraryReviewStore reviews,
    LibraryReviewService flow,
    IStringLocalizer<LibrarySubmissionAdminController> t) : Controller
{
    private const int MaxListed = 200;

    [HttpGet("mine")]
    public async Task<IActionResult> Mine()
    {
        var owner = ContentAuthorizer.UserId(User);
        var types = string.Join(" OR ", LibraryContent.Types.Select((_, i) => $"i.\"ContentType\" = @t{i}"));
        var items = await session.QueryAsync<ContentItem, ContentItemIndex>(
            $"i.\"Owner\" = @owner AND i.\"Latest\" = @yes AND ({types})",
            new { owner, yes = true, t0 = LibraryContent.Types[0], t1 = LibraryContent.Types[1], t2 = LibraryContent.Types[2], t3 = LibraryContent.Types[3] },
            orderBy: "i.\"ModifiedUtc\" DESC",
            take: MaxListed);
        var states = await reviews.GetManyAsync([.. items.Select(i => i.ContentItemId)]);
        return View(new LibraryMineViewModel
        {
            Rows = [.. items.Select(i => new LibraryMineRow(i, Status(i, states.GetValueOrDefault(i.ContentItemId)), states.GetValueOrDefault(i.ContentItemId)?.ReturnComment))],
        });
    }

    [HttpPost("{id}/submit")]
    public async Task<IActionResult> Submit(string id)
    {
        switch (await flow.SubmitAsync(User, id))
        {
            case LibraryActionResult.Done:
                TempData["Notice"] = t["Your entry is submitted: a reviewer will publish it or send it back with a comment."].Value;
                return RedirectToAction(nameof(Mine));
            case LibraryActionResult.NotFound:
                return NotFound();
            case LibraryActionResult.Forbidden:
                return Forbid();
            default:
                TempData["Notice"] = t["This entry is already submitted or published."].Value;
                return RedirectToAction(nameof(Mine));
        }
    }

    /// <summary>A published entry with a newer draft is a draft again, whatever the table remembers of the last review.</summary>
    private static LibraryReviewStatus Status(ContentItem latest, LibraryReview? review) => review?.State switch
    {
        null => latest.Published ? LibraryReviewStatus.Published : LibraryReviewStatus.Draft,
        LibraryReviewStatus.Published when !latest.Published => LibraryReviewStatus.Draft,
        { } state => state,
    };
}
