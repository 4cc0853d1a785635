using System.Globalization;
using ETamkeen.Api;
using ETamkeen.Contents;
using ETamkeen.Trainings.Models;
using ETamkeen.Trainings.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Trainings.Endpoints;

/// <summary>
/// <c>/api/trainings</c>: the catalogue and sessions (public: only what is published), and
/// registrations (signed-in callers; each may act on whom the rules let them).
/// </summary>
public static class TrainingsApi
{
    public static void MapTrainingsApi(this IEndpointRouteBuilder routes)
    {
        var open = routes.MapGroup("/api/trainings");
        open.MapGet("/", TrainingsAsync);
        open.MapGet("/sessions", SessionsAsync);

        var signedIn = routes.MapAuthenticatedApiGroup("/api/trainings");
        signedIn.MapPost("/sessions/{id}/registrations", RegisterAsync);
        signedIn.MapGet("/sessions/{id}/registrations", RegistrationsAsync);
        signedIn.MapPost("/registrations/{id:long}/cancel", CancelAsync);

        var manage = routes.MapApiGroup("/api/trainings/focal-points", Permissions.ManageTrainings);
        manage.MapGet("/", async (FocalPointStore store) => Results.Ok((await store.ListAsync()).Select(f => new { userName = f.UserName, administrationId = f.AdministrationId })));
        manage.MapPost("/", AddFocalPointAsync);
        manage.MapDelete("/{userName}/{administrationId}", async (string userName, string administrationId, FocalPointStore store) =>
            await store.RemoveAsync(userName, administrationId) ? Results.NoContent() : Results.NotFound());
    }

    private static async Task<IResult> AddFocalPointAsync(FocalPointRequest? body, FocalPointStore store, SessionCatalog catalog,
        Microsoft.AspNetCore.Identity.UserManager<ETamkeen.Security.User> users, IStringLocalizer<RegistrationService> t)
    {
        if (string.IsNullOrWhiteSpace(body?.UserName) || await users.FindByNameAsync(body.UserName.Trim()) is not { } user)
        {
            return ApiRoutes.Invalid("userName", t["There is no user by that name."]);
        }

        if (string.IsNullOrWhiteSpace(body.AdministrationId) || await catalog.AdministrationAsync(body.AdministrationId.Trim()) is null)
        {
            return ApiRoutes.Invalid("administrationId", t["This administration is not one of the programme's."]);
        }

        await store.AddAsync(user.UserName, body.AdministrationId.Trim());
        return Results.Created($"/api/trainings/focal-points/{user.UserName}/{body.AdministrationId.Trim()}", new { userName = user.UserName, administrationId = body.AdministrationId.Trim() });
    }

    private static async Task<IResult> TrainingsAsync(TrainingCatalog catalog, string? culture, string? axis, string? modality) =>
        Results.Ok(await catalog.ApiListAsync(culture, axis, modality));

    private static async Task<IResult> SessionsAsync(SessionCatalog catalog, RegistrationStore store, ProgrammeCalendar calendar, TrainingCatalog trainings,
        string? from, string? to, string? region, string? training, IStringLocalizer<RegistrationService> t)
    {
        if (!TryDate(from, out var fromDay) || !TryDate(to, out var toDay))
        {
            return ApiRoutes.Invalid(from is not null && !TryDate(from, out _) ? "from" : "to", t["Dates are written like 2022-11-24."]);
        }

        if (fromDay is { } f && toDay is { } u && u < f)
        {
            return ApiRoutes.Invalid("to", t["The end of the period comes before its start."]);
        }

        if (region is { Length: > 0 } && !TrainingTerms.Regions.Any(r => r.Id == region))
        {
            return ApiRoutes.Invalid("region", t["This region is not one of the Kingdom's twelve."]);
        }

        var sessions = await catalog.SessionsAsync(new SessionQuery
        {
            From = fromDay,
            To = toDay,
            RegionTermId = region is { Length: > 0 } ? region : null,
            TrainingSets = training is { Length: > 0 } ? [training] : null,
        });
        var taken = await store.SeatsTakenAsync([.. sessions.Select(s => s.Info.ContentItemId)]);
        var today = calendar.Today;
        var list = new List<object>();
        foreach (var (item, info) in sessions)
        {
            var seats = taken.GetValueOrDefault(info.ContentItemId);
            list.Add(TrainingDtos.Session(info, "/" + item.Text("AutoroutePart", "Path"), await trainings.TitleAsync(info.TrainingSet), seats, info.Status(today, seats)));
        }

        return Results.Ok(list);
    }

    private static async Task<IResult> RegisterAsync(string id, RegistrationRequest? body, RegistrationService registrations, HttpContext http, IStringLocalizer<RegistrationService> t)
    {
        if (body?.Participant is null)
        {
            return ApiRoutes.Invalid("participant", t["The body must give the participant: their e-mail, first and last name, sex and administration."]);
        }

        var result = await registrations.RegisterAsync(id, body.Participant, http.User);
        return result.Failure switch
        {
            RegistrationFailure.None => Results.Created($"/api/trainings/registrations/{result.Registration!.Id}", new
            {
                message = result.Message,
                registration = TrainingDtos.Registration(result.Registration, result.Participant),
            }),
            RegistrationFailure.NotFound => ApiRoutes.Problem(StatusCodes.Status404NotFound, result.Message),
            RegistrationFailure.Forbidden => ApiRoutes.Problem(StatusCodes.Status403Forbidden, result.Message),
            RegistrationFailure.Invalid => ApiRoutes.Invalid(result.Errors.ToDictionary(e => e.Key, e => e.Value), result.Message),
            RegistrationFailure.Busy => ApiRoutes.Problem(StatusCodes.Status503ServiceUnavailable, result.Message),
            _ => Results.Problem(title: result.Message, statusCode: StatusCodes.Status409Conflict, extensions: result.Registration is null ? null
                : new Dictionary<string, object?> { ["registration"] = TrainingDtos.Registration(result.Registration, result.Participant) }),
        };
    }

    private static async Task<IResult> RegistrationsAsync(string id, RegistrationQueries queries, HttpContext http)
    {
        var list = await queries.ForSessionAsync(id, http.User);
        return list is null ? Results.NotFound() : Results.Ok(list.Select(r => TrainingDtos.Registration(r.Registration, r.Participant)));
    }

    private static async Task<IResult> CancelAsync(long id, RegistrationService registrations, HttpContext http, CancelRequest? body)
    {
        var result = await registrations.CancelAsync(id, http.User, body?.Reason);
        return result.Failure switch
        {
            RegistrationFailure.None => Results.Ok(new { message = result.Message, registration = TrainingDtos.Registration(result.Registration!, null) }),
            RegistrationFailure.NotFound => ApiRoutes.Problem(StatusCodes.Status404NotFound, result.Message),
            _ => ApiRoutes.Problem(StatusCodes.Status409Conflict, result.Message),
        };
    }

    /// <summary>An optional <c>yyyy-MM-dd</c> query value: true with null when absent, false when not a date.</summary>
    internal static bool TryDate(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}

public sealed record RegistrationRequest(ParticipantInput? Participant);

public sealed record CancelRequest(string? Reason);

public sealed record FocalPointRequest(string? UserName, string? AdministrationId);
