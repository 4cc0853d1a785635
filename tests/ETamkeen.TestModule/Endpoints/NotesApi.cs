using ETamkeen.Api;
using ETamkeen.Data;
using ETamkeen.TestModule.Indexes;
using ETamkeen.TestModule.Models;
using ETamkeen.TestModule.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ETamkeen.TestModule.Endpoints;

public static class NotesApi
{
    public sealed record NoteInput(string? Title, int? Version);

    public static void MapNotesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapApiGroup("/api/notes", Permissions.ManageNotes);
        api.MapGet("/", async (IDocumentSession session, string? title) => Results.Ok(
            await session.QueryAsync<Note, NoteIndex>(title is null ? null : "i.\"Title\" = @title", new { title })));
        api.MapGet("/{id:long}", async (long id, IDocumentSession session) =>
            await session.GetAsync<Note>(id) is { } note ? Results.Ok(note) : Results.NotFound());
        api.MapPost("/", Create);
        api.MapPut("/{id:long}", Update);
        api.MapDelete("/{id:long}", async (long id, IDocumentSession session) =>
        {
            if (await session.GetAsync<Note>(id) is not { } note)
            {
                return Results.NotFound();
            }

            session.Delete(note);
            await session.SaveChangesAsync();
            return Results.NoContent();
        });
    }

    private static async Task<IResult> Create(NoteInput input, IDocumentSession session, NoteCounter counter)
    {
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > 200)
        {
            return ApiRoutes.Invalid("title", "A title has 1 to 200 characters.");
        }

        var note = new Note { Title = input.Title };
        session.Save(note);
        await session.SaveChangesAsync();
        counter.Increment();
        return Results.Created($"/api/notes/{note.Id}", note);
    }

    private static async Task<IResult> Update(long id, NoteInput input, IDocumentSession session)
    {
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > 200)
        {
            return ApiRoutes.Invalid("title", "A title has 1 to 200 characters.");
        }

        if (await session.GetAsync<Note>(id) is not { } note)
        {
            return Results.NotFound();
        }

        note.Title = input.Title;
        if (input.Version is { } version)
        {
            note.Version = version;
        }

        session.Save(note);
        try
        {
            await session.SaveChangesAsync();
        }
        catch (ConcurrencyException e)
        {
            return ApiRoutes.Problem(StatusCodes.Status409Conflict, e.Message);
        }

        return Results.Ok(note);
    }
}
