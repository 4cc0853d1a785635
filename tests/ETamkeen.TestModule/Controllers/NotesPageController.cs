using ETamkeen.Data;
using ETamkeen.TestModule.Indexes;
using ETamkeen.TestModule.Models;
using Microsoft.AspNetCore.Mvc;

namespace ETamkeen.TestModule.Controllers;

public sealed class NotesPageController(IDocumentSession session) : Controller
{
    [HttpGet("/notes")]
    public async Task<IActionResult> Index() => View(await session.QueryAsync<Note, NoteIndex>());
}
