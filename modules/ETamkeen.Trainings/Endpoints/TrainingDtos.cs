using System.Globalization;
using ETamkeen.Trainings.Models;

namespace ETamkeen.Trainings.Endpoints;

/// <summary>The JSON shapes of the trainings API (camelCase, as the portal's other APIs).</summary>
public static class TrainingDtos
{
    public static object Registration(Registration r, Participant? p) => new
    {
        id = r.Id,
        sessionId = r.SessionId,
        status = r.Status.ToString(),
        waitlistPosition = r.WaitlistPosition,
        administrationId = r.AdministrationId,
        requestedBy = r.RequestedBy,
        requestedUtc = r.RequestedUtc,
        decidedBy = r.DecidedBy,
        decidedUtc = r.DecidedUtc,
        reason = r.Reason,
        participant = p is null ? null : new
        {
            id = p.Id,
            email = p.Email,
            firstName = p.FirstName,
            lastName = p.LastName,
            sex = p.Sex,
            administrationId = p.AdministrationId,
            grade = p.Grade,
            regionTermId = p.RegionTermId,
            function = p.Function,
        },
    };

    public static object Session(SessionInfo s, string path, string? trainingTitle, int seatsTaken, SessionStatus status) => new
    {
        id = s.ContentItemId,
        title = s.Title,
        trainingSet = s.TrainingSet,
        training = trainingTitle,
        city = s.City,
        venue = s.Venue,
        regionTermId = s.RegionTermId,
        region = TrainingTerms.Titles.GetValueOrDefault(s.RegionTermId),
        levelTermId = s.LevelTermId,
        administrationIds = s.AdministrationIds,
        days = s.Days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        dailyStart = s.DailyStart.ToString("HH:mm", CultureInfo.InvariantCulture),
        dailyEnd = s.DailyEnd.ToString("HH:mm", CultureInfo.InvariantCulture),
        hours = s.Hours,
        minCapacity = s.MinCapacity,
        maxCapacity = s.MaxCapacity,
        seatsTaken,
        seatsLeft = Math.Max(0, s.MaxCapacity - seatsTaken),
        registrationOpens = s.RegistrationOpens?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        registrationCloses = s.LastRegistrationDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        status = status.ToString(),
        url = path,
    };
}
